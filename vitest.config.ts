import { defineConfig } from 'vitest/config';

// Unit + integration tests. Every DB test runs on a real PostgreSQL: the embedded one started by the
// global setup, or the server named by TEST_DATABASE_URL. Each test file clones a migrated template.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: { provider: 'v8', include: ['src/domain/**'], exclude: ['src/**/*.test.ts'] },
  },
});
