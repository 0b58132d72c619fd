/** How an agreement's standing is written in its printed documents (PDF summary, plan workbook). */
export const STATUS_TEXT = { draft: 'Draf', signed: 'Ditandatangani', active: 'Berlaku', ended: 'Berakhir' } as const;
/** Where an agreement stands today (its phase by period, src/domain/agreement-phase.ts), as printed. */
export const PHASE_TEXT = { draft: 'Draf', upcoming: 'Akan berlaku', in_force: 'Berlaku', ended: 'Berakhir' } as const;
