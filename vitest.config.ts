import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'addin/**/*.test.{ts,tsx}', 'bot/**/*.test.ts', 'dev/**/*.test.ts', 'manifest/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
