import { verifyAudit } from "../../agent/risk/audit.ts";
import { migrateToLatest } from "../../compose/migrate.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { openDatabase } from "../../store/database.ts";
import { parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { usageText } from "../help.ts";
import { printJson } from "../output.ts";
import { auditSpec } from "./audit.options.ts";

/**
 * `dimple audit verify [--db URL] [--anchor SEQ:HASH] [--json]`: walks the hash-chained audit log and
 * reports any edited or deleted entry; exit code 0 when the chain is intact, 1 when it is not. An
 * anchor (a head printed by an earlier run and kept elsewhere) also catches a truncated tail.
 */
export async function auditCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, auditSpec.options);
  if (positionals[0] !== "verify")
    throw new DimpleError("invalid_argument", usageText(auditSpec), { field: "action" });
  const anchor = values.anchor === undefined ? undefined : parseAnchor(values.anchor);
  const database = openDatabase(values.db ?? DEFAULT_DB_URL);
  try {
    await migrateToLatest(database.db);
    const report = await verifyAudit(database.db, anchor);
    if (values.json) printJson(report);
    else {
      const head = report.head ? `head #${report.head.seq} ${report.head.hash}` : "empty";
      console.log(`${report.ok ? "OK" : "BROKEN"}: ${report.entries} audit entries, ${head}`);
      for (const problem of report.problems)
        console.log(`  #${problem.seq} ${problem.code}: ${problem.message}`);
    }
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

function parseAnchor(text: string): { seq: number; hash: string } {
  const match = /^(\d+):(sha256:[0-9a-f]{64})$/.exec(text);
  if (!match) {
    throw new DimpleError("invalid_argument", "--anchor must look like 42:sha256:<64 hex digits>", {
      field: "--anchor",
    });
  }
  return { seq: Number(match[1]), hash: match[2] as string };
}
