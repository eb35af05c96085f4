/** The embedded default database, relative to the working directory. */
export const DEFAULT_DB_URL = process.env.DIMPLE_DB ?? "sqlite:.dimple/dimple.db";
