/**
 * Everything a file is checked against, gathered before the first row is read: the caller's confinement
 * (an OPD operator's rows are forced to their OPD, a village operator's to their village), the rules in
 * force on the import date, the region and village indexes, the tenant's OPDs.
 */
import type { RequestContext } from '../auth/actor';
import { getRuleBook } from '../regulation/rule-book.service';
import type { Db } from '../db/database';
import * as regionsService from '../regions/regions.service';
import type { IsoDate } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { createRegionLookup, type RegionLookup } from '../domain/region-lookup';
import * as tenants from '../tenants/tenants.service';
import type { WorkerGroup } from './import.types';
import { resolveImportRules, type ImportRules } from './import-rules';
import { createOpdIndex, createVillageIndex, type OpdIndex, type VillageIndex } from './reference-index';

export interface Confinement { forcedOpdId: number | null; defaultOpdId: number | null; forcedVillageCode: string | null; defaultVillageCode: string | null }

/** Which group and rows the caller may import; throws IMPORT_GROUP_OUTSIDE_SCOPE otherwise. */
export async function confinementOf(db: Db, ctx: RequestContext, tenantCode: string, group: WorkerGroup, opdId: number | null, villageCode: string | null = null): Promise<Confinement> {
  const { role } = ctx.actor;
  if ((role === 'opd' && group !== 'non-asn') || (role === 'desa' && group !== 'rentan'))
    throw new DomainError('IMPORT_GROUP_OUTSIDE_SCOPE', 'forbidden', { field: 'group' });
  if (role === 'opd') return { forcedOpdId: ctx.actor.opdId, defaultOpdId: null, forcedVillageCode: null, defaultVillageCode: null };
  if (role === 'desa') return { forcedOpdId: null, defaultOpdId: null, forcedVillageCode: ctx.actor.villageCode, defaultVillageCode: null };
  if (opdId !== null && group === 'non-asn') await tenants.getOpd(db, ctx, tenantCode, opdId);
  // a Dinas officer uploading one village's list names the village, as a non-ASN upload names its OPD
  if (villageCode !== null && group === 'rentan') await regionsService.assertVillageOfRegency(db, tenantCode, villageCode);
  return { forcedOpdId: null, defaultOpdId: group === 'non-asn' ? opdId : null, forcedVillageCode: null, defaultVillageCode: group === 'rentan' ? villageCode : null };
}

let regionCache: Promise<RegionLookup> | undefined;

/** The national province/regency/district list, read once per process (reference data never shrinks). */
function nikRegions(db: Db): Promise<RegionLookup> {
  regionCache ??= regionsService.listNikRegions(db).then((rows) => createRegionLookup(rows)).catch((e) => { regionCache = undefined; throw e; });
  return regionCache;
}

export interface Reference { rules: ImportRules; regions: RegionLookup; villages: VillageIndex; opds: OpdIndex }

export async function loadReference(db: Db, ctx: RequestContext, tenantCode: string, on: IsoDate): Promise<Reference> {
  const tenant = await tenants.getTenant(db, ctx, tenantCode);
  const [book, regions, villages, opds] = await Promise.all([
    getRuleBook(db), nikRegions(db), regionsService.listRegencyVillages(db, tenantCode), tenants.listOpds(db, ctx, tenantCode),
  ]);
  return {
    rules: resolveImportRules(book, tenant!.province_code, on),
    regions,
    villages: createVillageIndex(tenantCode, villages),
    opds: createOpdIndex(opds),
  };
}
