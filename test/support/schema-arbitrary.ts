/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document (as zod emits them: no $ref,
 * type arrays for nullables, anyOf/oneOf, patterns, bounds). `arbitraryOf` follows the schema (with
 * `hostile`, any node may be swapped for a hostile value); `nearlyValid` makes a valid value and then
 * spoils exactly one spot of it — what gets past validation and finds the 500s: NUL bytes, lone
 * surrogates, impossible and absurd dates, huge numbers, wrong types, a missing or an unknown field.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[]; enum?: unknown[]; const?: unknown; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; minItems?: number; maxItems?: number;
  minLength?: number; maxLength?: number; pattern?: string; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
}

/** Values no schema expects, for any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  'nul\u0000byte', 'lone \ud800 surrogate', '\udc00', '2025-02-30', '9999-12-31', '0000-00-00', '2205-12-31', '', ' ', '-1', 'abc',
  'x'.repeat(5000), '<script>alert(1)</script>', "'; DROP TABLE person; --", '=cmd|/c calc', '99.99.99.9999', '53.16', '%00',
  -1, 0, 1.5, 2 ** 53, -(2 ** 63), 1e308, true, false, null, [], {}, [null], { __proto__: { polluted: 1 } }, { constructor: { prototype: {} } },
);

const MAX_STRING = 60;

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity));
    } catch {
      // a pattern JavaScript cannot compile: fall through to free text
    }
  }
  const minLength = s.minLength ?? 0;
  return fc.string({ unit: 'grapheme', minLength, maxLength: Math.max(minLength, Math.min(s.maxLength ?? MAX_STRING, MAX_STRING)) });
}

function numberOf(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1_000_000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000_000);
  const [lo, hi] = [Math.max(min, Number.MIN_SAFE_INTEGER), Math.min(max, Number.MAX_SAFE_INTEGER)];
  return integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true });
}

function objectOf(s: JsonSchema, hostile: boolean): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  const shape = Object.fromEntries(props.map(([k, v]) => [k, arbitraryOf(v, hostile)]));
  const base = fc.record(shape, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
  if (!hostile) return base;
  return fc.tuple(base, fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 2 }), fc.subarray(props.map(([k]) => k)))
    .map(([value, extra, dropped]) => {
      const out: Record<string, unknown> = { ...extra, ...value };
      for (const k of dropped.slice(0, 1)) delete out[k];
      return out;
    });
}

/** An arbitrary for `s`; with `hostile`, any node may be replaced by a hostile value (1 in 6). */
export function arbitraryOf(s: JsonSchema, hostile = false): fc.Arbitrary<unknown> {
  const valid = validOf(s, hostile);
  return hostile ? fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostileValue }) : valid;
}

function validOf(s: JsonSchema, hostile: boolean): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((c) => arbitraryOf(c, hostile)));
  if (s.allOf?.length) return arbitraryOf(s.allOf[0]!, hostile);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : ['string', 'number', 'boolean', 'object'];
  return fc.oneof(...types.map((t): fc.Arbitrary<unknown> => {
    switch (t) {
      case 'string': return stringOf(s);
      case 'integer': return numberOf(s, true);
      case 'number': return numberOf(s, false);
      case 'boolean': return fc.boolean();
      case 'null': return fc.constant(null);
      case 'array': return fc.array(arbitraryOf(s.items ?? {}, hostile), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
      default: return objectOf(s, hostile);
    }
  }));
}

/** Every position in a JSON value (the value itself included), as key paths. */
function positionsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => positionsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) positionsOf(v, [...at, k], out);
  return out;
}

type Spoil = 'replace' | 'append' | 'drop' | 'add';

function spoil(value: unknown, path: (string | number)[], how: Spoil, bad: unknown): unknown {
  if (path.length === 0) {
    if (how === 'append' && typeof value === 'string') return `${value}${typeof bad === 'string' ? bad : '\u0000'}`;
    if (how === 'add' && value !== null && typeof value === 'object' && !Array.isArray(value)) return { ...value, unexpected: bad };
    return how === 'drop' ? undefined : bad;
  }
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const next = spoil(copy[key!], rest, how, bad);
  if (next === undefined && !Array.isArray(copy)) delete copy[key!];
  else copy[key!] = next;
  return copy;
}

/** A valid value for `s` with one spot spoiled (or, one time in four, left valid). */
export function nearlyValid(s: JsonSchema): fc.Arbitrary<unknown> {
  return fc.tuple(arbitraryOf(s), fc.nat(), fc.constantFrom<Spoil | 'none'>('replace', 'append', 'append', 'drop', 'add', 'none'), hostileValue)
    .map(([value, pick, how, bad]) => {
      if (how === 'none') return value;
      const positions = positionsOf(value);
      return spoil(value, positions[pick % positions.length]!, how, bad);
    });
}
