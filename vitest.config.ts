import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one test file at a
    // time. Many files spend much of their time waiting (a browser, child processes, deliveries on
    // a live clock), so two at a time keeps both cores busy. Test files share nothing they write:
    // random ports, scratch databases with random names, cache files written by rename, a lock
    // around the web build.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
