/**
 * The public calculations (no login): contribution (iuran), benefits (manfaat), the programme budget
 * plan and the NIK check, each evaluated with the rule book from the database on a given day (today
 * when none is given). Pure arithmetic lives in src/domain; this service picks the rules, fills
 * defaults, translates warnings into the caller's language and adds the totals in words (terbilang).
 */
import { systemClock, type Clock } from '../clock/clock';
import type { IsoDate } from '../domain/calendar';
import { computeContribution } from '../domain/contribution';
import type { ContributionWarning } from '../domain/contribution.types';
import { computeJkkDeathBenefit, computePartialDisabilityBenefit, computeTotalDisabilityBenefit } from '../domain/benefit-jkk';
import { computeJkmBenefit } from '../domain/benefit-jkm';
import { computeStmbBenefit } from '../domain/benefit-stmb';
import { DomainError } from '../domain/errors';
import { spellRupiahEn, spellRupiahId } from '../domain/terbilang';
import type { Db } from '../db/database';
import { translate, type Lang } from '../i18n/messages';
import type { ContributionInput, DisabilityInput, JkmInput, StmbInput, WageBenefitInput } from './calc.schemas';
import { getRuleBook, listRules } from '../regulation/rule-book.service';
import './calc.messages';

export function inWords(amount: number): { id: string; en: string } {
  return { id: spellRupiahId(amount), en: spellRupiahEn(amount) };
}

const NUMBER_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A warning with its sentence in the caller's language (amounts grouped as the language writes them). */
export function describeWarnings(warnings: readonly ContributionWarning[], lang: Lang) {
  const group = new Intl.NumberFormat(NUMBER_LOCALE[lang]);
  return warnings.map((warning) => {
    const params = Object.fromEntries(
      Object.entries(warning.details).map(([name, value]) => [name, typeof value === 'number' ? group.format(value) : value]),
    );
    return { ...warning, message: translate(warning.code, lang, params) };
  });
}

export async function calculateContribution(db: Db, input: ContributionInput, lang: Lang = 'id', clock: Clock = systemClock) {
  const result = computeContribution({ ...input, on: input.on ?? clock.today() }, await getRuleBook(db));
  return { ...result, warnings: describeWarnings(result.warnings, lang), totalInWords: inWords(result.total) };
}

export async function calculateJkmBenefit(db: Db, input: JkmInput, clock: Clock = systemClock) {
  const on = input.on ?? clock.today();
  const result = computeJkmBenefit({ ...input, on }, await getRuleBook(db));
  return { on, ...result, totalInWords: inWords(result.total) };
}

/** JKK death: the 48 × wage lump sum (`lumpSum`, also `wageBenefit`) + periodic + funeral. */
export async function calculateJkkDeathBenefit(db: Db, input: WageBenefitInput, clock: Clock = systemClock) {
  const on = input.on ?? clock.today();
  const result = computeJkkDeathBenefit({ wage: input.wage, on }, await getRuleBook(db));
  return { on, lumpSum: result.wageBenefit, ...result, totalInWords: inWords(result.total) };
}

export async function calculateDisabilityBenefit(db: Db, input: DisabilityInput, clock: Clock = systemClock) {
  const on = input.on ?? clock.today();
  const book = await getRuleBook(db);
  if (input.kind === 'total') {
    const result = computeTotalDisabilityBenefit({ wage: input.wage, on }, book);
    return { on, kind: 'total' as const, ...result, totalInWords: inWords(result.amount) };
  }
  if (input.percent === undefined) throw new DomainError('DISABILITY_KIND_REQUIRED', 'invalid', { field: 'percent' });
  const result = computePartialDisabilityBenefit(
    { wage: input.wage, on, tablePercent: input.percent, functionLossPercent: input.functionLossPercent },
    book,
  );
  return { on, kind: 'partial' as const, ...result, scholarship: null, totalInWords: inWords(result.amount) };
}

export async function calculateStmbBenefit(db: Db, input: StmbInput, clock: Clock = systemClock) {
  const on = input.on ?? clock.today();
  const result = computeStmbBenefit({ ...input, on }, await getRuleBook(db));
  return { on, ...result, totalInWords: inWords(result.amount) };
}

/** The rules in force on a day, as the API lists them. */
export async function listRulesInForce(db: Db, on?: IsoDate, clock: Clock = systemClock) {
  const day = on ?? clock.today();
  const rows = await listRules(db, day);
  return { on: day, items: rows.map((row) => ({ ...row, scope: { ...row.scope } })) };
}
