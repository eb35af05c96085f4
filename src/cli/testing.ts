import { vi } from "vitest";
import { reportCliError } from "./output.ts";

/** Captures what a command prints (process.stdout and console.log); call the result to read it. */
export function captureStdout(): () => string {
  let stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(console, "log").mockImplementation((...parts) => {
    stdout += `${parts.join(" ")}\n`;
  });
  return () => stdout;
}

/**
 * Runs a CLI command in-process as `bin/dimple.js` would: stdout (and console.log) captured, stderr
 * silenced, a thrown error reported and turned into its exit code. Restore the spies afterwards
 * (`vi.restoreAllMocks()` in an afterEach).
 */
export async function runCli(
  command: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; stdout: string }> {
  const stdout = captureStdout();
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return { code: await command(args), stdout: stdout() };
  } catch (error) {
    return { code: reportCliError(error, args.includes("--json")), stdout: stdout() };
  }
}
