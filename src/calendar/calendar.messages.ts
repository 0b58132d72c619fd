/** Words for the holiday calendar's error codes (Bahasa Indonesia first). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const calendarMessages = {
  HOLIDAY_RANGE_INVALID: { id: 'Rentang tanggal tidak valid: {from} sampai {to}.', en: 'Invalid date range: {from} to {to}.' },
  HOLIDAY_EXISTS: { id: 'Hari libur {kind} pada {date} sudah tercatat ({name}).', en: 'A {kind} holiday on {date} is already recorded ({name}).' },
} as const satisfies Catalogue;

registerMessages(calendarMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type CalendarErrorCode = keyof typeof calendarMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<CalendarErrorCode, true> {}
}
