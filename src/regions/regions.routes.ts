/** /api/v1/regions: the Kemendagri reference list (public read for signed-in users). */
import { z } from 'zod';
import type { App, RouteDeps } from '../http/types';
import { requireContext } from '../http/context';
import * as regions from './regions.service';
import type { Covered } from '../http/response-contract';
import type { RegionLevel } from '../db/schema';

const regionCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);
const levels = ['province', 'regency', 'district', 'village'] as const satisfies readonly RegionLevel[];
const region = z.object({ code: z.string(), name: z.string(), level: z.enum(levels) });
const regionDetail = region.extend({ parent: z.string().nullable() });

const _covered: [Covered<ReturnType<typeof regions.listRegions>, z.ZodArray<typeof region>>, Covered<ReturnType<typeof regions.getRegion>, typeof regionDetail>] = [true, true];

export function regionsRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/regions', {
    schema: {
      tags: ['regions'], summary: 'Children of a region (provinces when no parent)',
      querystring: z.object({ parent: regionCode.optional() }),
      response: { 200: z.object({ items: z.array(region) }) },
    },
  }, async (request) => {
    requireContext(request);
    return { items: await regions.listRegions(db, request.query.parent ?? null) };
  });

  app.get('/api/v1/regions/:code', {
    schema: {
      tags: ['regions'], summary: 'One region', params: z.object({ code: regionCode }),
      response: { 200: regionDetail },
    },
  }, async (request) => {
    requireContext(request);
    return regions.getRegion(db, request.params.code);
  });
}
