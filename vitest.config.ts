import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Refuses to start when LibreOffice is there but the Vietnamese-capable Liberation fonts are not.
    globalSetup: ['test/setup/fonts.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
