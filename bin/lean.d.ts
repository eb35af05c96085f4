/** V8 flags a long-running Dimple process starts with (see lean.js). */
export declare const SERVE_NODE_FLAGS: readonly string[];
/** Environment a relaunched process starts with unless already set (malloc arenas; see lean.js). */
export declare const SERVE_ENV: Readonly<Record<string, string>>;
/** The flags a `dimple <argv>` process still lacks. */
export declare function missingLeanFlags(
  argv: string[],
  from?: { execArgv?: string[]; env?: Record<string, string | undefined> },
): string[];
/** Runs the same command again with `flags` added; resolves with its exit code. */
export declare function relaunchLean(argv: string[], flags: string[]): Promise<number>;
/** In a relaunched child: stop at once when the parent is gone. */
export declare function followLeanParent(): void;
