/**
 * The claims CLI contract (issue #13 §10) as a user runs it: a real process against a real database with a
 * covered, billed and paid 2025. Exact JSON keys and exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLindung } from '../../test/support/cli';
import { aCoveredYear, type CoveredYear } from '../../test/support/claims';
import { createTestDb, type TestDb } from '../../test/support/db';

let t: TestDb;
let year: CoveredYear;

beforeAll(async () => {
  t = await createTestDb();
  year = await aCoveredYear(t.db, ['2025-06']);
}, 120_000);
afterAll(() => t.drop());

const lindung = async (...args: string[]) => {
  const r = await runLindung(t.url, [...args, '--json']);
  return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
};

describe('lindung claims (--json contract)', () => {
  it('files, shows, lists, advances and reports utilisation; bad input exits 1 with a message', async () => {
    const filed = await lindung('claims', 'file', '--tenant', '53.16', '--nik', year.nonAsn.nik, '--type', 'jkk-death', '--incident-date', '2025-06-10');
    expect(filed.code).toBe(0);
    expect(filed.json).toMatchObject({ claimId: expect.any(Number), number: expect.stringMatching(/^KLM-53\.16-/), status: 'dilaporkan', eligible: true, reasons: [], wageBase: 2_186_826 });
    expect(filed.json.benefit.total).toBe(126_967_648);
    for (const line of filed.json.benefit.lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(['code', 'label', 'amount', 'basis']));

    const shown = await lindung('claims', 'show', filed.json.number);
    expect([shown.code, shown.json.claimId, shown.json.timeline.length]).toEqual([0, filed.json.claimId, 1]);

    const list = await lindung('claims', 'list', '--tenant', '53.16', '--type', 'jkk-death');
    expect(Object.keys(list.json)).toEqual(['total', 'items']);
    expect(list.json.total).toBe(1);
    // §8: each item names the participant (from the registry); the death ended the participation that day (§11)
    expect(list.json.items[0]).toMatchObject({ participationId: year.nonAsn.participationId, participantName: expect.stringMatching(/\S/) });
    expect(shown.json.participation).toMatchObject({ endedOn: '2025-06-10', endReason: 'meninggal', slotFreeFrom: '2025-06-11', replacement: null });

    const illegal = await lindung('claims', 'advance', String(filed.json.claimId), '--to', 'dibayar', '--amount', '1');
    expect([illegal.code, illegal.json.error.code]).toEqual([1, 'CLAIM_TRANSITION']);

    const unknown = await lindung('claims', 'file', '--tenant', '53.16', '--nik', '5316070101900999', '--type', 'jkm', '--incident-date', '2025-05-05');
    expect([unknown.code, unknown.json.error.code]).toEqual([1, 'CLAIM_PARTICIPANT_UNKNOWN']);
    expect(unknown.json.error.message.length).toBeGreaterThan(10);

    const util = await lindung('claims', 'utilisation', '--tenant', '53.16', '--year', '2025');
    expect(Object.keys(util.json)).toEqual(expect.arrayContaining(['year', 'contributionsPaid', 'benefitsPaid', 'ratio', 'byProgramme']));
    expect([util.json.year, util.json.contributionsPaid, util.json.benefitsPaid]).toEqual([2025, 28_608, 0]);
  }, 420_000); // six processes, each starting TypeScript on a busy machine
});
