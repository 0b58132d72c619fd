/**
 * The OpenAPI document the web's types are generated from (`npm run api:gen`): it must describe what each
 * route answers, not only what it takes — a route without a response schema gives the web an untyped
 * answer, and hand-written types drift (a copied account body once lacked `regionScope`; viewers created
 * in the web saw every regency). No database: the document comes from the route schemas alone.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { PERMISSION_NAMES, ROLES } from '../auth/roles';
import { buildOpenApiDocument } from './openapi-document';
import type { Covered } from '../http/response-contract';

interface Operation { responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }> }
interface JsonSchema { enum?: unknown[]; items?: JsonSchema; properties?: Record<string, JsonSchema> }
type Paths = Record<string, Record<string, Operation>>;

const _schema = z.object({ id: z.number(), items: z.array(z.object({ name: z.string() })) });
type Schema = typeof _schema;

// Answers that are files or nothing (204): no JSON to describe.
const WITHOUT_JSON = new Set([
  'post /api/v1/auth/logout', 'post /api/v1/auth/password', 'post /api/v1/users/{id}/reset-password',
  'get /api/v1/tenants/{code}/agreements/{id}/documents/{documentId}', 'delete /api/v1/tenants/{code}/agreements/{id}/documents/{documentId}',
  'get /api/v1/tenants/{code}/agreements/{id}/summary.pdf', 'get /api/v1/tenants/{code}/agreements/{id}/plan.xlsx',
  'get /api/v1/tenants/{code}/imports/{id}/errors.xlsx', 'get /api/v1/audit.xlsx',
  'get /api/v1/tenants/{code}/cards/participations/{id}', 'get /api/v1/tenants/{code}/cards/sheet',
  'get /api/v1/tenants/{code}/enrolment/answers/{id}/errors.xlsx', 'get /api/v1/tenants/{code}/enrolment/batches/{id}/export',
  'get /api/v1/tenants/{code}/bills/{id}/bill.pdf', 'get /api/v1/tenants/{code}/bills/{id}/lines.xlsx', 'get /api/v1/tenants/{code}/payments/{id}/receipt.pdf',
  'get /api/v1/tenants/{code}/payments/{id}/scan',
  'delete /api/v1/tenants/{code}/claims/{id}/heirs/{heirId}',
  'get /api/v1/tenants/{code}/claims/{id}/documents/{documentId}',
  'get /api/v1/reports/export',
  // the public card check answers HTML for a phone (its JSON twin is /api/v1/card-checks/{token})
  'get /v/{*}',
]);

describe('OpenAPI document', () => {
  it('describes the JSON answer of every route that has one', async () => {
    const { paths } = (await buildOpenApiDocument()) as { paths: Paths };
    const undescribed = Object.entries(paths).flatMap(([path, operations]) => Object.entries(operations)
      .filter(([, op]) => !Object.values(op.responses ?? {}).some((response) => response.content?.['application/json']?.schema))
      .map(([method]) => `${method} ${path}`));
    expect(undescribed.sort()).toEqual([...WITHOUT_JSON].sort());
  }, 60_000);

  it("names every role and permission in the signed-in user's answer (the web derives its lists from it)", async () => {
    const { paths } = (await buildOpenApiDocument()) as { paths: Paths };
    const user = paths['/api/v1/auth/me']!.get!.responses!['200']!.content!['application/json']!.schema!.properties!.user!;
    expect(user.properties!.role!.enum).toEqual([...ROLES]);
    expect(user.properties!.permissions!.items!.enum).toEqual([...PERMISSION_NAMES]);
  }, 60_000);

  it('refuses, at compile time, a response schema that would drop a key the service returns', () => {
    expectTypeOf<Covered<Promise<{ id: number; items: { name: string }[] }>, Schema>>().toEqualTypeOf<true>();
    expectTypeOf<Covered<Promise<{ id: number; regionScope: string | null; items: { name: string; nik: string }[] }>, Schema>>()
      .toEqualTypeOf<{ missingFromResponseSchema: '.regionScope' | '.items[].nik' }>();
  });
});
