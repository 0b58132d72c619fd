/**
 * Error codes are a contract: every code the source throws has words in both languages, and
 * docs/errors.md (generated) is current — a new or changed code shows up there in review.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_PATH, loadCatalogues, renderErrorsDoc, thrownCodes } from '../../scripts/errors-doc';
import { listMessages } from '../../src/i18n/messages';

beforeAll(loadCatalogues);

describe('error codes', () => {
  it('every thrown code has a message in Bahasa Indonesia and in English', () => {
    const messages = listMessages();
    const thrown = [...thrownCodes().keys()];
    expect(thrown.length).toBeGreaterThan(50);
    const lacking = thrown.filter((code) => !messages[code]?.id?.trim() || !messages[code]?.en?.trim());
    expect(lacking).toEqual([]);
  });

  it('every catalogue entry has both languages', () => {
    const lacking = Object.entries(listMessages()).filter(([, m]) => !m.id?.trim() || !m.en?.trim()).map(([code]) => code);
    expect(lacking).toEqual([]);
  });

  it('docs/errors.md is current (npm run errors:doc)', async () => {
    expect(fs.readFileSync(DOC_PATH, 'utf8')).toBe(await renderErrorsDoc());
  });
});
