import { describe, expect, it } from 'vitest';
import { FUZZY_SIGNALS } from '../../src/imports/dedup.repository';
import { workersEn, workersId } from '../../web/src/pages/workers/workers.i18n';

// Every signal the server records with a fuzzy candidate is named on the review page in both languages:
// an untranslated one showed as its raw key ("BIRTH_PLACE", "NIK").
describe('dedup review signals', () => {
  it.each(Object.keys(FUZZY_SIGNALS))('%s has an Indonesian and an English label', (signal) => {
    const id = workersId.reviews.signals as Record<string, string>;
    const en = workersEn.reviews.signals as Record<string, string>;
    expect(id[signal]).toMatch(/\S/);
    expect(en[signal]).toMatch(/\S/);
  });
});
