import { defineConfig } from 'vitest/config';

// Unit tests only: pure logic in node, DOM logic in happy-dom (per file, via
// a `// @vitest-environment happy-dom` comment). The real browser is tested by
// Playwright in tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Property tests run thousands of cases: on a busy two-core machine 5 s is not enough headroom.
    testTimeout: 20_000,
  },
});
