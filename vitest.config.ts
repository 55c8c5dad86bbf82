import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Refuses to start when LibreOffice is there but the Vietnamese-capable Liberation fonts are not.
    globalSetup: ['test/setup/fonts.ts'],
    // Every "today" of the tool (an audit's --as-of, a letter's date, the figures' period) is pinned, so no
    // result changes with the calendar; the tests that pass their own dates say so.
    env: { CASCADE_TODAY: '2026-12-07' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
