/**
 * /api/v1/tenants/:code/billing/reconciliations — BPJS's statement of receipts matched against the bills
 * (issue #12 item 4): upload (multipart field "file", CSV or XLSX; optional agreementId as a field before the
 * file or in the query), list, one with every row, and the error sheet (XLSX, in WITHOUT_JSON of
 * src/server/openapi-document.test.ts). Scope, permission and audit are the services'.
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
import { errorSchema, type App, type RouteDeps } from '../http/types';
import { reconciliationErrorSheet } from './reconciliation-sheet';
import { getReconciliation, listReconciliations, reconcileStatement } from './reconciliation.service';
import * as s from './payments.schemas';

const tags = ['billing'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const _covered: [Covered<ReturnType<typeof reconcileStatement>, typeof s.reconciliationResult>, Covered<ReturnType<typeof getReconciliation>, typeof s.reconciliationDetail>] = [true, true];
void _covered;

const attachment = (filename: string) => `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/** A multipart text field sent before the file (`agreementId`), as a positive integer. */
function fieldId(fields: Record<string, unknown>, name: string): number | undefined {
  const f = fields[name] as { value?: unknown } | undefined;
  if (f?.value === undefined || f.value === '') return undefined;
  const n = Number(f.value);
  if (!Number.isSafeInteger(n) || n < 1) throw new DomainError('VALIDATION', 'invalid', { field: name });
  return n;
}

export function reconciliationRoutes(app: App, { db, config }: RouteDeps) {
  const base = '/api/v1/tenants/:code/billing/reconciliations';

  app.post(base, {
    schema: {
      tags, summary: "Upload BPJS's statement of receipts (multipart field \"file\", CSV or XLSX): every row cocok, selisih, tidak-cocok or tidak-valid",
      description: 'Idempotent by the file\'s SHA-256 per regency. Compared with what Lindung recorded as paid (SP2D) on the bill(s). Refusals: RECON_HEADERS, RECON_EMPTY, RECON_TOO_MANY_ROWS (400), RECON_ALREADY_RECONCILED (409).',
      params: s.tenantParams, querystring: s.reconciliationQuery, consumes: ['multipart/form-data'], response: { 200: s.reconciliationResult, 409: errorSchema },
    },
  }, async (request) => {
    const ctx = requireContext(request);
    const file = await request.file({ limits: { fileSize: config.uploadLimit, files: 1 } });
    if (!file) throw new DomainError('IMPORT_FILE_REQUIRED', 'invalid', { field: 'file' });
    const agreementId = fieldId(file.fields as Record<string, unknown>, 'agreementId') ?? request.query.agreementId;
    const dir = path.join(config.dataDir, 'uploads');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const spooled = path.join(dir, `${randomUUID()}.statement`);
    try {
      await pipeline(file.file, fs.createWriteStream(spooled, { mode: 0o600 }));
      if (file.file.truncated) throw new app.multipartErrors.RequestFileTooLargeError();
      return await reconcileStatement(db, ctx, request.params.code, { path: spooled, name: path.basename(file.filename || 'rekap-bpjs') }, { agreementId });
    } finally {
      await fs.promises.rm(spooled, { force: true });
    }
  });

  app.get(base, {
    schema: { tags, summary: 'Reconciliations of the regency, newest first (a bpjs user: its branch\'s)', params: s.tenantParams, response: { 200: z.object({ items: z.array(s.reconciliationSummary) }) } },
  }, async (request) => listReconciliations(db, requireContext(request), request.params.code));

  app.get(`${base}/:id`, {
    schema: { tags, summary: 'One reconciliation with every row: status, reason, the bill(s) matched, expected, received, difference', params: s.idParams, response: { 200: s.reconciliationDetail } },
  }, async (request) => getReconciliation(db, requireContext(request), request.params.code, request.params.id, request.lang));

  app.get(`${base}/:id/errors.xlsx`, {
    schema: {
      tags, summary: 'Every row not cocok, as uploaded, with its status and reason (translated) and the amounts', params: s.idParams,
      querystring: z.object({ lang: z.enum(['id', 'en']).optional().describe("the sheet's language (a download link cannot set Accept-Language)") }),
    },
  }, async (request, reply) => {
    const sheet = await reconciliationErrorSheet(db, requireContext(request), request.params.code, request.params.id, request.query.lang ?? request.lang);
    return reply.type(XLSX).header('content-disposition', attachment(sheet.fileName)).send(sheet.body);
  });
}
