import { defineConfig } from 'vitest/config';

// Unit tests only: pure logic in node, DOM logic in happy-dom (per file, via
// a `// @vitest-environment happy-dom` comment). The real browser is tested by
// Playwright in tests/e2e.
export default defineConfig({
  test: {
    // The fuzz targets run here too, with a few hundred inputs each (npm run fuzz: 100 000).
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/fuzz/**/*.fuzz.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Property tests run thousands of cases: on a busy two-core machine 5 s is not enough headroom.
    testTimeout: 20_000,
  },
});
