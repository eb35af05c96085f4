import type { ServiceContext } from "../kernel/context.ts";
import { DimpleError } from "../kernel/errors.ts";

/** The id of the user a `--user` flag names (an id or a username); an unknown user is an error. */
export async function resolveUserFlag(context: ServiceContext, wanted: string): Promise<string> {
  const row = await context.db
    .selectFrom("users")
    .select("id")
    .where((eb) => eb.or([eb("id", "=", wanted), eb("username", "=", wanted)]))
    .executeTakeFirst();
  if (!row)
    throw new DimpleError("not_found", `no user "${wanted}" in this world`, { field: "--user", status: 404 });
  return row.id;
}
