import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Files that drive a browser, start processes or crash them: they stay one at a time, as before,
 * because two Chromium suites side by side on two cores miss their waits (measured: the tickets QR
 * wait of 20 s ran out with two browser files at once under load, and passed alone in 17.7 s).
 */
const HEAVY = [
  "src/**/*.e2e.test.ts",
  "test/**/*.e2e.test.ts",
  "src/**/*.pg.test.ts",
  "src/**/*.crash.test.ts",
  "src/**/*.process.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
          exclude: [...HEAVY, "**/node_modules/**"],
          // Vitest's default is one worker fewer than the cores: on a 2-core machine, one test file
          // at a time, while the main process idles. These files share nothing they write (random
          // ports, scratch databases with random names, cache files written by rename).
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        extends: true,
        test: {
          name: "browser-and-processes",
          include: HEAVY,
          maxWorkers: Math.max(1, availableParallelism() - 1),
        },
      },
    ],
  },
});
