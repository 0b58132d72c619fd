/**
 * /api/v1/reports: coverage by region, the province/national table, the regency dashboard and the
 * actor's home region; /api/v1/reference: the UCJ reference figures (list; an admin imports a file).
 * Every answer is scoped server-side (report-scope.ts): outside the caller's region, 404.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import '@fastify/multipart';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { requireContext } from '../http/context';
import type { Covered } from '../http/response-contract';
import type { App, RouteDeps } from '../http/types';
import { tenantCodeParam } from '../http/types';
import { budgetReport, claimsReport } from './budget.service';
import { coverageReport } from './coverage.service';
import { regencyDashboard } from './dashboard.service';
import { importReference, listReference } from './reference.service';
import { regionView } from './region-view.service';
import { reportHome } from './report-home.service';
import * as s from './reports.schemas';

const tags = ['reports'];
const regencyParams = z.object({ code: tenantCodeParam });
const _covered: [
  Covered<ReturnType<typeof coverageReport>, typeof s.coverageResponse>, Covered<ReturnType<typeof regionView>, typeof s.regionViewResponse>,
  Covered<ReturnType<typeof regencyDashboard>, typeof s.dashboardResponse>, Covered<ReturnType<typeof importReference>, typeof s.referenceImportResult>,
] = [true, true, true, true];

export function reportsRoutes(app: App, { db, config }: RouteDeps) {
  app.get('/api/v1/reports/home', { schema: { tags, summary: "The region the caller's reports open on", response: { 200: s.homeResponse } } },
    async (request) => reportHome(db, requireContext(request)));
  app.get('/api/v1/reports/coverage', {
    schema: { tags, summary: 'Participants by region: the nation (provinces), a province (regencies/cities) or a regency (kecamatan), with UCJ', querystring: s.regionQuery, response: { 200: s.coverageResponse } },
  }, async (request) => coverageReport(db, requireContext(request), request.query));
  app.get('/api/v1/reports/regions', {
    schema: { tags, summary: 'The province view (every regency/city, with or without a programme) or the national view (every province)', querystring: s.regionQuery, response: { 200: s.regionViewResponse } },
  }, async (request) => regionView(db, requireContext(request), request.query));
  app.get('/api/v1/reports/regencies/:code', {
    schema: { tags, summary: 'The regency dashboard: participants over time vs quotas, by kecamatan/village/OPD, UCJ vs target', params: regencyParams, querystring: s.yearQuery, response: { 200: s.dashboardResponse } },
  }, async (request) => regencyDashboard(db, requireContext(request), request.params.code, request.query));

  app.get('/api/v1/reports/regencies/:code/budget', {
    schema: { tags, summary: "The PKS's realisation: budget, billed, paid, outstanding, late fees, the month the money runs out", params: regencyParams, querystring: s.yearQuery, response: { 200: s.budgetResponse } },
  }, async (request) => budgetReport(db, requireContext(request), request.params.code, request.query));
  app.get('/api/v1/reports/regencies/:code/claims', {
    schema: { tags, summary: 'Claims of the year by type and status, benefits paid, utilisation', params: regencyParams, querystring: s.yearQuery, response: { 200: s.claimsResponse } },
  }, async (request) => claimsReport(db, requireContext(request), request.params.code, request.query));

  app.get('/api/v1/reference', { schema: { tags, summary: 'UCJ reference figures with their sources', querystring: s.referenceQuery, response: { 200: s.referenceList } } },
    async (request) => ({ items: await listReference(db, requireContext(request), request.query) }));
  app.post('/api/v1/reference/:kind', {
    schema: { tags, summary: 'Import reference figures (multipart "file", CSV/XLSX: kode_wilayah, tahun, nilai, sumber); every row accounted for', params: s.referenceParams, consumes: ['multipart/form-data'], response: { 200: s.referenceImportResult } },
  }, async (request) => {
    const ctx = requireContext(request);
    const file = await request.file({ limits: { fileSize: config.uploadLimit, files: 1 } });
    if (!file) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
    const fields = file.fields as Record<string, { value?: unknown } | undefined>;
    const dir = path.join(config.dataDir, 'uploads');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const spooled = path.join(dir, `${randomUUID()}.reference`);
    try {
      await pipeline(file.file, fs.createWriteStream(spooled, { mode: 0o600 }));
      if (file.file.truncated) throw new app.multipartErrors.RequestFileTooLargeError();
      const source = typeof fields.source?.value === 'string' ? fields.source.value : undefined;
      return await importReference(db, ctx, request.params.kind, spooled, { source, example: fields.example?.value === 'true', lang: request.lang });
    } finally {
      await fs.promises.rm(spooled, { force: true });
    }
  });
}
