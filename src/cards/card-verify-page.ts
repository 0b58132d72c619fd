/**
 * The public page behind a card's QR code (`GET /v/<token>`): plain server-rendered HTML — no script, no
 * web-app bundle, no login — so it opens fast on any phone. Bahasa Indonesia first, English by a link.
 * It says only whether the card is valid now, for whom (name partly masked), where and for which period.
 */
import type { Lang } from '../i18n/messages';
import type { CardCheck } from './card-verify.service';

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const TEXT = {
  id: {
    title: 'Cek kartu peserta', valid: 'BERLAKU', invalid: 'TIDAK BERLAKU', name: 'Nama', regency: 'Wilayah', period: 'Masa perlindungan',
    checked: 'Diperiksa', other: 'English', selfCheck: 'Pemegang kartu: cek kepesertaan dan iuran Anda', note: 'Status diperiksa langsung saat halaman ini dibuka, bukan saat kartu dicetak.',
    reasons: {
      valid: 'Peserta terlindungi program JKK dan JKM hari ini.',
      'not-yet': 'Perlindungan belum dimulai.',
      ended: 'Kepesertaan sudah berakhir. Kartu ini tidak berlaku lagi.',
      pending: 'Kepesertaan belum aktif: pendaftaran masih diproses.',
      inactive: 'Kepesertaan tidak aktif.',
      unknown: 'Kartu tidak dikenali: kode QR tidak sah atau sudah dicabut.',
    },
  },
  en: {
    title: 'Participant card check', valid: 'VALID', invalid: 'NOT VALID', name: 'Name', regency: 'Regency', period: 'Coverage period',
    checked: 'Checked', other: 'Bahasa Indonesia', selfCheck: 'Card holder: check your coverage and contributions', note: 'The status is checked live when this page opens, not when the card was printed.',
    reasons: {
      valid: 'The participant is covered by JKK and JKM today.',
      'not-yet': 'Coverage has not started yet.',
      ended: 'The participation has ended. This card is no longer valid.',
      pending: 'Not active yet: the registration is being processed.',
      inactive: 'The participation is not active.',
      unknown: 'Unknown card: the QR code is not genuine or has been revoked.',
    },
  },
} as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function dateIn(lang: Lang, iso: string | null): string {
  if (!iso) return '…';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][(m ?? 1) - 1]} ${y}`;
}

export function renderVerifyPage(check: CardCheck, lang: Lang, selfPath: string): string {
  const t = TEXT[lang];
  const other = lang === 'id' ? 'en' : 'id';
  const rows = check.person
    ? [[t.name, check.person.maskedName], [t.regency, check.person.regencyName],
      [t.period, `${dateIn(lang, check.person.coverageFrom)} – ${dateIn(lang, check.person.coverageTo)}`]]
    : [];
  const colour = check.valid ? '#1b5e20' : '#b00020';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f4;color:#212121}main{max-width:28rem;margin:0 auto;padding:1.25rem}
.status{border-radius:.75rem;padding:1.25rem;color:#fff;background:${colour};text-align:center}.status strong{display:block;font-size:1.9rem;letter-spacing:.05em}
dl{background:#fff;border-radius:.75rem;padding:1rem 1.25rem;margin:1rem 0}dt{color:#616161;font-size:.85rem}dd{margin:0 0 .75rem;font-weight:600}
small,a{color:#424242}nav{text-align:right;margin-bottom:.75rem}</style></head>
<body><main><nav><a href="${escapeHtml(selfPath)}?lang=${other}" hreflang="${other}">${t.other}</a></nav>
<h1 style="font-size:1.1rem">${t.title}</h1>
<section class="status" data-valid="${check.valid}"><strong>${check.valid ? t.valid : t.invalid}</strong><span>${t.reasons[check.reason]}</span></section>
${rows.length ? `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v ?? '')}</dd>`).join('')}</dl>` : ''}
<p><small>${t.checked}: ${dateIn(lang, check.checkedOn)}. ${t.note}</small></p>
<p><a href="/cek">${t.selfCheck}</a></p>
</main></body></html>`;
}
