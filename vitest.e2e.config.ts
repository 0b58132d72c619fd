import { defineConfig } from 'vitest/config';

// Browser journeys: Playwright drives Debian's Chromium against a real server on a real database.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
