// /kartu/<token>: the participant's card on the phone — live status from the public card check, the
// coverage details remembered from /cek, and the QR an officer scans. Kept on the device, so the last
// card opened is shown without a signal (with a note that it is a saved copy).
import { h, fill } from './dom';
import { checkCard } from './public-api';
import { dateText, type Lang, type Text } from './public-text';
import { loadCard, saveCard, type StoredCard } from './card-store';

async function qrSvg(token: string): Promise<string | null> {
  try {
    const { toString } = await import('qrcode');
    return await toString(`${location.origin}/v/${token}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  } catch {
    return null;
  }
}

function render(el: HTMLElement, t: Text, card: StoredCard, live: boolean): void {
  const c = card.coverage;
  const p = card.check?.person;
  const valid = card.check?.valid ?? null;
  const qr = h('div', { class: 'qr' });
  if (card.qrSvg) qr.innerHTML = card.qrSvg; // an SVG this page drew itself from the token
  const rows: [string, string][] = [
    [t.name, p?.maskedName ?? c?.name ?? '…'], [t.regency, p?.regencyName ?? c?.regencyName ?? '…'],
    ...(c ? [[t.programmes, c.programmes.join(', ')], [t.group, c.groupName]] as [string, string][] : []),
    [t.coverage, `${dateText(t, p?.coverageFrom ?? c?.coverageFrom ?? null)} – ${dateText(t, p?.coverageTo ?? c?.coverageTo ?? null)}`],
  ];
  fill(el, h('article', { class: 'card', 'data-testid': 'card' },
    h('header', {}, h('strong', {}, t.cardTitle), h('span', {}, 'BPJS Ketenagakerjaan')),
    valid === null ? null : h('div', { class: valid ? 'badge ok' : 'badge no', 'data-testid': 'card-status' }, valid ? t.validNow : t.invalidNow),
    h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])), qr, h('p', { class: 'note' }, t.scan),
    h('p', { class: 'note', 'data-testid': 'card-saved' }, live ? `${t.lastChecked}: ${dateText(t, card.check?.checkedOn ?? null)}` : `${t.offlineCopy} ${t.lastChecked}: ${dateText(t, card.savedAt.slice(0, 10))}`)));
}

export async function cardPage(root: HTMLElement, t: Text, lang: Lang, token: string): Promise<void> {
  const el = h('div', { 'aria-live': 'polite' });
  root.append(el, h('p', {}, h('a', { href: '/cek' }, `← ${t.back}`)));
  const stored = loadCard();
  let card: StoredCard | null = stored?.token === token ? stored : null;
  if (card) render(el, t, card, false);
  const r = await checkCard(lang, token);
  if (!r.ok) {
    if (!card) fill(el, h('p', { class: 'error' }, navigator.onLine ? (r.message ?? t.failed) : t.noCard));
    return;
  }
  card = { token, coverage: card?.coverage ?? null, check: r.data, qrSvg: card?.qrSvg ?? null, savedAt: new Date().toISOString() };
  card.qrSvg ??= await qrSvg(token);
  saveCard(card);
  render(el, t, card, true);
}
