// /cek: the worker's coverage check (NIK + KPJ, mother's name or a one-time code) and, below it, the
// heirs' claim status. Answers show exactly what the API returns; a miss is one plain sentence.
import { h, fill } from './dom';
import { askCode, checkCoverage, followClaim, type ClaimAnswer, type CoverageAnswer } from './public-api';
import { dateText, type Lang, type Text } from './public-text';
import { rememberCoverage } from './card-store';

type Factor = 'kpj' | 'motherName' | 'otp';
type Found = Extract<CoverageAnswer, { found: true }>;

const field = (label: string, input: HTMLInputElement) => h('label', { class: 'field' }, h('span', {}, label), input);
const row = (k: string, v: string) => [h('dt', {}, k), h('dd', {}, v)];

function monthsPaid(t: Text, months: string[]): HTMLElement {
  if (!months.length) return h('span', {}, t.noneYet);
  const paid = new Set(months.map((m) => Number(m.slice(5, 7))));
  return h('span', { class: 'months' }, ...t.months.map((name, i) => h('span', { class: paid.has(i + 1) ? 'month paid' : 'month' }, name)));
}

function coverageResult(t: Text, a: Found): HTMLElement {
  const covered = a.status === 'aktif';
  return h('section', { class: 'result', 'data-testid': 'coverage-result' },
    h('div', { class: covered ? 'badge ok' : 'badge no' }, covered ? t.covered : t.notCovered, h('small', {}, t.statuses[a.status] ?? a.status)),
    h('dl', {}, ...row(t.name, a.name), ...row(t.programmes, a.programmes.join(', ')), ...row(t.group, a.groupName), ...row(t.regency, a.regencyName),
      ...row(t.coverage, `${dateText(t, a.coverageFrom)} – ${dateText(t, a.coverageTo)}`),
      ...row(t.pks, `${dateText(t, a.agreementPeriod.start)} – ${dateText(t, a.agreementPeriod.end)}`),
      h('dt', {}, t.paid), h('dd', {}, monthsPaid(t, a.monthsPaid))),
    h('a', { class: 'button', href: a.cardUrl, 'data-testid': 'open-card', onclick: () => rememberCoverage(a) }, t.openCard));
}

function claimResult(t: Text, a: Extract<ClaimAnswer, { found: true }>): HTMLElement {
  return h('section', { class: 'result', 'data-testid': 'claim-result' },
    h('dl', {}, ...row(t.claimNumber, a.claimNumber), ...row(t.status, t.claimStatuses[a.status] ?? a.status)),
    h('h3', {}, t.missing), a.missingDocuments.length ? h('ul', {}, ...a.missingDocuments.map((d) => h('li', {}, d.label))) : h('p', {}, t.noneMissing),
    a.deadlines.length ? h('h3', {}, t.deadlines) : null,
    a.deadlines.length ? h('ul', {}, ...a.deadlines.map((d) => h('li', {}, `${t.deadlineCodes[d.code] ?? d.code}: ${dateText(t, d.due)}${d.overdue ? ` (${t.overdue})` : ''}`))) : null);
}

const numeric = (name: string, maxlength: string) => h('input', { name, inputmode: 'numeric', autocomplete: 'off', maxlength, required: true });

export function coveragePage(root: HTMLElement, t: Text, lang: Lang): void {
  const nik = numeric('nik', '16');
  const second = h('input', { name: 'second', autocomplete: 'off', required: true });
  const out = h('div', { 'aria-live': 'polite' });
  let factor: Factor = 'kpj';
  const labelOf = (f: Factor) => (f === 'kpj' ? t.kpj : f === 'motherName' ? t.mother : t.otp);
  const secondLabel = h('span', {}, t.kpj);
  const sendCode = h('button', { type: 'button', class: 'link', hidden: true, onclick: async () => {
    const r = await askCode(lang, nik.value.trim());
    fill(out, h('p', { class: 'note' }, r.ok ? t.codeSent : (r.message ?? t.failed)));
  } }, t.sendCode);
  const choice = (f: Factor) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'factor', value: f, checked: f === 'kpj', onchange: () => {
    factor = f; secondLabel.textContent = labelOf(f); second.value = ''; second.inputMode = f === 'motherName' ? 'text' : 'numeric'; sendCode.hidden = f !== 'otp';
  } }), labelOf(f));
  const submit = h('button', { type: 'submit', class: 'button', 'data-testid': 'check' }, t.check);
  const form = h('form', { onsubmit: async (e: Event) => {
    e.preventDefault();
    submit.disabled = true; submit.textContent = t.checking;
    const r = await checkCoverage(lang, { nik: nik.value.trim(), [factor]: second.value.trim() } as { nik: string; kpj: string });
    submit.disabled = false; submit.textContent = t.check;
    if (!r.ok) return fill(out, h('p', { class: 'error' }, r.message ?? t.failed));
    fill(out, r.data.found ? coverageResult(t, r.data) : h('p', { class: 'error', 'data-testid': 'not-found' }, t.notFound));
  } }, field(t.nik, nik), h('fieldset', {}, h('legend', {}, t.factor), choice('kpj'), choice('motherName'), choice('otp')),
  h('label', { class: 'field' }, secondLabel, second), sendCode, submit);

  root.append(h('p', {}, t.intro), form, out, heirForm(t, lang));
}

function heirForm(t: Text, lang: Lang): HTMLElement {
  const number = h('input', { name: 'claimNumber', autocomplete: 'off', required: true });
  const nik = numeric('deceasedNik', '16');
  const heir = numeric('heirNik', '16');
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { onsubmit: async (e: Event) => {
    e.preventDefault();
    const r = await followClaim(lang, { claimNumber: number.value.trim(), nik: nik.value.trim(), heirNik: heir.value.trim() });
    if (!r.ok) return fill(out, h('p', { class: 'error' }, r.message ?? t.failed));
    fill(out, r.data.found ? claimResult(t, r.data) : h('p', { class: 'error' }, t.claimNotFound));
  } }, field(t.claimNumber, number), field(t.deceasedNik, nik), field(t.heirNik, heir), h('button', { type: 'submit', class: 'button' }, t.follow));
  return h('details', { class: 'heirs' }, h('summary', {}, t.heirTitle), form, out);
}
