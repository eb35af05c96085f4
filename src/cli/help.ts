import { DEFAULT_DB_URL } from "./defaults.ts";

/**
 * One command-line option: what the parser needs (`type`) plus its line in `--help`. Commands parse
 * with these same objects (parseCommandArgs), so an option cannot be accepted without being described.
 * This module and the `*.options.ts` files import nothing heavy: `dimple <command> --help` loads only them.
 */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The value's placeholder in the help text, e.g. `URL` or `N` (string options). */
  readonly value?: string;
  /** One line: what the option does. */
  readonly help: string;
  /** Shown as "(default …)"; commands read their fallback from here, so the two cannot differ. */
  readonly default?: string | number;
  /** Shown without brackets in the synopsis; the command itself checks it. */
  readonly required?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** A sub-action sharing its command's parser, e.g. `nlu classify`; lists which options apply. */
export interface ActionSpec<K extends string = string> {
  /** Positional arguments after the action, e.g. `TEXT`. */
  readonly args?: string;
  readonly about: string;
  readonly options: readonly K[];
  /** Options this action cannot do without (shown without brackets). */
  readonly required?: readonly K[];
}

/** A command's help, next to the options its parser takes. */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  /** As typed after `dimple`, e.g. `simulate` or `eval nlu`. */
  readonly name: string;
  /** Positional arguments, e.g. `<service>`, when the command has no actions. */
  readonly args?: string;
  readonly about: string;
  readonly options: O;
  readonly actions?: Readonly<Record<string, ActionSpec>>;
  /** Extra lines at the end (examples, environment variables). */
  readonly notes?: readonly string[];
}

/** A command that only dispatches to commands with parsers of their own, e.g. `eval nlu|scenarios`. */
export interface GroupSpec {
  readonly name: string;
  readonly about: string;
  readonly commands: Readonly<Record<string, CommandSpec>>;
}

/**
 * Keeps the literal types of a command's options (their defaults stay numbers, their keys names) and
 * checks that its actions name only those options.
 */
export function defineCommand<const O extends OptionSpecs>(
  spec: CommandSpec<O> & { readonly actions?: Readonly<Record<string, ActionSpec<keyof O & string>>> },
): CommandSpec<O> {
  return spec;
}

/** Options several commands share. */
export const dbOption = {
  type: "string",
  value: "URL",
  help: "database: sqlite:PATH or postgres://… (env DIMPLE_DB)",
  default: DEFAULT_DB_URL,
} as const;
export const jsonOption = {
  type: "boolean",
  help: 'machine-readable output: JSON on stdout (errors as {"error":…})',
} as const;
export const redisOption = {
  type: "string",
  value: "URL",
  help: "Redis for events across processes, e.g. redis://127.0.0.1:6379 (env DIMPLE_REDIS)",
} as const;
export const brainOption = {
  type: "string",
  value: "embedded|llm|hybrid",
  help: "the brain: embedded NLU, an OpenAI-compatible model (DIMPLE_LLM_*, docs/LLM.md), or both",
  default: "embedded",
} as const;
export const faultsOption = {
  type: "string",
  value: "JSON|FILE",
  help: 'inject sandbox faults, e.g. {"pay":{"payment_declined":{"probability":0.1}}}',
} as const;

/** True when the arguments ask for help (`--help` or `-h` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

/** The help's "usage:" lines, for errors about a missing or unknown action. */
export function usageText(spec: CommandSpec | GroupSpec): string {
  const usage = formatHelp(spec).split("\n\n")[0] as string;
  return `${usage}\n(dimple ${spec.name} --help describes the options)`;
}

const WIDTH = 100;
const HELP_FLAG = "-h, --help";

/**
 * The help text for `dimple <command> [<action>] --help`: the action's own text when the first
 * positional names one (or a group's command), else the whole command's.
 */
export function formatHelp(spec: CommandSpec | GroupSpec, args: readonly string[] = []): string {
  const first = args.find((arg) => !arg.startsWith("-"));
  if ("commands" in spec) {
    const command = first === undefined ? undefined : spec.commands[first];
    if (command) return formatHelp(command, args.slice(args.indexOf(first as string) + 1));
    return [
      ...Object.values(spec.commands).map(
        (command, index) =>
          `${index === 0 ? "usage: " : "       "}${synopsis(command.name, command.args, command.options)}`,
      ),
      "",
      ...wrap(spec.about),
      "",
      `"dimple ${spec.name} <${Object.keys(spec.commands).join("|")}> --help" describes each one's options.`,
    ].join("\n");
  }
  const action = first === undefined ? undefined : spec.actions?.[first];
  if (action && first) {
    const options = pick(spec.options, action.options, action.required);
    return [
      `usage: ${synopsis(`${spec.name} ${first}`, action.args, options)}`,
      "",
      ...wrap(`${action.about.charAt(0).toUpperCase()}${action.about.slice(1)}.`),
      "",
      ...optionLines(options),
    ].join("\n");
  }
  const lines: string[] = [];
  if (spec.actions) {
    const actions = Object.entries(spec.actions);
    const options = (entry: ActionSpec) => pick(spec.options, entry.options, entry.required);
    lines.push(
      ...actions.map(
        ([name, entry], index) =>
          `${index === 0 ? "usage: " : "       "}${synopsis(`${spec.name} ${name}`, entry.args, options(entry))}`,
      ),
      "",
      ...wrap(spec.about),
      "",
      "actions:",
      ...table(actions.map(([name, entry]) => [name, entry.about])),
      "",
    );
  } else lines.push(`usage: ${synopsis(spec.name, spec.args, spec.options)}`, "", ...wrap(spec.about), "");
  lines.push(...optionLines(spec.options));
  if (spec.notes) lines.push("", ...spec.notes.flatMap((note) => wrap(note)));
  return lines.join("\n");
}

function pick(options: OptionSpecs, names: readonly string[], required: readonly string[] = []): OptionSpecs {
  return Object.fromEntries(
    names.map((name) => {
      const option = options[name] as OptionSpec;
      return [name, required.includes(name) ? { ...option, required: true } : option];
    }),
  );
}

function flag(name: string, option: OptionSpec): string {
  return option.type === "string" ? `--${name} ${option.value ?? "VALUE"}` : `--${name}`;
}

/** `dimple name ARGS --required X [--optional Y] …`, continued on indented lines past the width. */
function synopsis(name: string, args: string | undefined, options: OptionSpecs, margin = "       "): string {
  const words = [`dimple ${name}`, ...(args ? [args] : [])];
  for (const [key, option] of Object.entries(options))
    words.push(option.required ? flag(key, option) : `[${flag(key, option)}]`);
  return wrap(words.join(" "), WIDTH - margin.length, `${margin}    `, /(?<=\]|^dimple \S+) (?=\[|--)/).join(
    "\n",
  );
}

/** Two columns: names on the left, descriptions wrapped under one another on the right. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 4;
  return rows.flatMap(([left, right]) => {
    const [head = "", ...rest] = wrap(right, WIDTH - width, " ".repeat(width));
    return [`  ${left.padEnd(width - 2)}${head}`, ...rest].map((line) => line.replaceAll("\u00a0", " "));
  });
}

function optionLines(options: OptionSpecs): string[] {
  const rows = Object.entries(options).map(([name, option]) => {
    // A no-break space keeps "[default: X]" on one line; table() turns it back into a space.
    const defaults = option.default === undefined ? "" : ` [default:\u00a0${option.default}]`;
    return [flag(name, option), `${option.help}${defaults}`] as const;
  });
  return ["options:", ...table([...rows, [HELP_FLAG, "this text"]])];
}

/**
 * Breaks text into lines of at most `width` characters (longer words stand alone), at spaces or at
 * the places `breaks` matches; lines after the first start with `indent`.
 */
function wrap(text: string, width = WIDTH, indent = "", breaks: RegExp = / /): string[] {
  const words = text.split(breaks);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const limit = lines.length === 0 ? width : width - indent.length;
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((entry, index) => (index === 0 ? entry : `${indent}${entry}`));
}
