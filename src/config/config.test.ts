/** Settings from the environment: defaults when unset, and a clear refusal of a malformed number. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the defaults when a setting is unset or blank', () => {
    const c = loadConfig({ LINDUNG_IMPORT_RETENTION_DAYS: ' ' });
    expect([c.port, c.sessionTtlHours, c.importRowRetentionDays]).toEqual([3000, 12, 90]);
  });

  it('reads whole numbers', () => {
    expect(loadConfig({ LINDUNG_IMPORT_RETENTION_DAYS: '30', PORT: '8080' })).toMatchObject({ importRowRetentionDays: 30, port: 8080 });
  });

  it.each(['90d', '-1', '1.5', 'abc'])('refuses %j instead of starting with a broken setting', (value) => {
    expect(() => loadConfig({ LINDUNG_IMPORT_RETENTION_DAYS: value })).toThrow(`LINDUNG_IMPORT_RETENTION_DAYS must be a whole number, not "${value}"`);
  });
});
