import { type Compilable, type CompiledQuery, createQueryId, type Kysely, type QueryResult } from "kysely";

/** What stands for a query's argument while it is compiled: a bound value Kysely passes through. */
class Argument {
  constructor(readonly index: number) {}
}

interface Compiled {
  query: CompiledQuery;
  /** For each bound parameter, the argument it takes (or -1: a constant of the query, kept). */
  takes: number[];
}

/**
 * A query built and compiled to SQL once per database, then run with each call's arguments.
 * Kysely otherwise builds its operation tree and compiles it on every run (5–40 µs a query; a turn
 * runs about 28). Only for queries whose shape never depends on the arguments: `build` must use
 * each argument as a bound value only (`where("id", "=", id)`), never look at it (no `if`, no `in`
 * list, no optional clause), and callers must never pass `undefined` where Kysely would drop the
 * column (`set`, `values`). Compiling checks that every argument is bound.
 */
export function compiledQuery<DB, Args extends readonly unknown[], Row>(
  build: (db: Kysely<DB>, ...args: Args) => Compilable<Row>,
): (db: Kysely<DB>, ...args: Args) => Promise<QueryResult<Row>> {
  // Per database: its handles (the root, each transaction) share one adapter and compile alike.
  const byDatabase = new WeakMap<object, Compiled>();
  return (db, ...args) => {
    const executor = db.getExecutor();
    // A handle with plugins may compile otherwise: built afresh, as Kysely would.
    if (executor.plugins.length > 0) return db.executeQuery(build(db, ...args));
    let compiled = byDatabase.get(executor.adapter);
    if (!compiled) {
      const query = build(db, ...(args.map((_, index) => new Argument(index)) as unknown as Args)).compile();
      const takes = query.parameters.map((parameter) =>
        parameter instanceof Argument ? parameter.index : -1,
      );
      const unbound = args.findIndex((_, index) => !takes.includes(index));
      if (unbound >= 0)
        throw new Error(`compiledQuery: argument ${unbound} is not a bound value of ${query.sql}`);
      compiled = { query, takes };
      byDatabase.set(executor.adapter, compiled);
    }
    const { query, takes } = compiled;
    const parameters = takes.map((index, at) => (index < 0 ? query.parameters[at] : args[index]));
    return db.executeQuery<Row>({ ...query, parameters, queryId: createQueryId() });
  };
}
