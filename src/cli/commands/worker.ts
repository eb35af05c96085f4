import { migrateToLatest } from "../../compose/migrate.ts";
import { openDatabase } from "../../store/database.ts";
import { listDeadLetters } from "../../store/jobs/dead-letters.ts";
import { integerFlag, parseCommandArgs } from "../args.ts";
import { DEFAULT_DB_URL } from "../defaults.ts";
import { openDeployment } from "../deployment.ts";
import { workerSpec } from "./worker.options.ts";

/** `dimple worker [--db URL] [--redis URL] [--speed N] [--dead-letters [--json]]`. */
export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, workerSpec.options);
  const db = values.db ?? DEFAULT_DB_URL;
  if (values["dead-letters"]) return printDeadLetters(db, values.json === true);
  const speed = integerFlag(values.speed, "--speed", workerSpec.options.speed.default);
  const deployment = await openDeployment({
    db,
    redis: values.redis ?? process.env.DIMPLE_REDIS,
    speed,
    worker: true,
  });
  console.error(
    `Dimple worker running (db ${deployment.world.database.dialect}, ${deployment.scheduler?.kind} scheduler, speed ${speed}x, resumed ${deployment.resumed} tasks)`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  await deployment.close();
  return 0;
}

async function printDeadLetters(url: string, json: boolean): Promise<number> {
  const database = openDatabase(url);
  try {
    await migrateToLatest(database.db);
    const letters = await listDeadLetters(database.db);
    if (json) {
      console.log(JSON.stringify(letters));
      return 0;
    }
    if (letters.length === 0) console.log("no dead-lettered jobs");
    for (const letter of letters) {
      console.log(
        `${new Date(letter.failed_at).toISOString()}  ${letter.stepper}${letter.item_key ? ` ${letter.item_key}` : ""}  after ${letter.attempts} attempts: ${letter.reason}`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}
