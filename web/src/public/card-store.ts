// The last viewed card, kept on the device (localStorage) so it can be shown at a clinic without a
// signal. It holds only what the pages already showed: the masked name, programmes, periods, the QR.
import type { CardCheck, CoverageAnswer } from './public-api';

type Found = Extract<CoverageAnswer, { found: true }>;

export interface StoredCard {
  token: string; coverage: Omit<Found, 'found' | 'cardUrl' | 'monthsPaid'> | null; check: CardCheck | null; qrSvg: string | null; savedAt: string;
}

const CARD_KEY = 'lindung.card';

export const tokenOf = (cardUrl: string) => cardUrl.split('/').pop() ?? '';

export function loadCard(): StoredCard | null {
  try { return JSON.parse(localStorage.getItem(CARD_KEY) ?? 'null') as StoredCard | null; } catch { return null; }
}

export function saveCard(card: StoredCard): void {
  try { localStorage.setItem(CARD_KEY, JSON.stringify(card)); } catch { /* storage full or blocked: the card still shows online */ }
}

/** Before opening the card page: what the coverage answer said, for the card to show beside the live check. */
export function rememberCoverage(a: Found): void {
  const { found: _f, cardUrl, monthsPaid: _m, ...coverage } = a;
  const token = tokenOf(cardUrl);
  const previous = loadCard();
  saveCard({ token, coverage, check: null, qrSvg: previous?.token === token ? previous.qrSvg : null, savedAt: new Date().toISOString() });
}
