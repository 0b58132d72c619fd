/** A draft PKS with two groups (PU at UMP NTT 2025, BPU at Rp 1,000,000) for agreement tests. */
export const twoGroups = (number: string) => ({
  kind: 'pks', number, title: 'PKS uji', branchCode: 'ENDE', periodStart: '2026-01-01', periodEnd: '2026-12-31',
  people: [
    { role: 'signatory', side: 'regency', name: 'A', position: 'Kepala Dinas', institution: 'Dinas' },
    { role: 'signatory', side: 'bpjs', name: 'B', position: 'Kepala Cabang', institution: 'BPJS' },
  ],
  groups: [
    { name: 'non-ASN', scheme: 'pu', targetHeadcount: 100, wage: { kind: 'ump', provinceCode: '53', year: 2025 } },
    { name: 'rentan', scheme: 'bpu', targetHeadcount: 50, wage: { kind: 'declared', amount: 1_000_000 } },
  ],
  budget: { fiscalYear: 2026, account: '5.1.02', amount: 30_000_000, dpaNumber: 'DPA-1' },
});
