import { defineConfig } from '@playwright/test';

// Each worker starts its own replica server and Chromium (tests/e2e/fixtures.ts).
// Two cores here: two workers at most.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
