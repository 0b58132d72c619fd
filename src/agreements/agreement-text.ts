/** How an agreement's status is written in its printed documents (PDF summary, plan workbook). */
export const STATUS_TEXT = { draft: 'Draf', signed: 'Ditandatangani', active: 'Berlaku', ended: 'Berakhir' } as const;
