import { defineConfig } from 'vitest/config';

/**
 * One `npm test` runs every project. Browser and load tests run one file at a time:
 * the machine has two cores and each starts a server and a Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'kiosk/**/*.test.{ts,tsx}',
            'display-board/**/*.test.{ts,tsx}',
            'counter-client/**/*.test.{ts,tsx}',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/dist/**'],
          environment: 'node',
        },
      },
      {
        test: {
          // Head office against a real PostgreSQL (DATABASE_URL): one throwaway database per file.
          name: 'hq',
          include: ['hq/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          // Probes of the security review against a real server, the role matrix, stateful fuzzing.
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Polls wait for the screen to show a state; under a loaded CI run a re-render or a
          // dialog's close animation can take well over vitest's default 1 s.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/support/browser-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'load',
          include: ['tests/load/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
