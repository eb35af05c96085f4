import { dbOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple audit verify`: its options and help (the command is audit.ts). */
export const auditSpec = defineCommand({
  name: "audit",
  about:
    "Checks the hash-chained audit log. Exit code 0 when the chain is intact, 1 when an entry was edited or deleted.",
  options: {
    db: dbOption,
    anchor: {
      type: "string",
      value: "SEQ:HASH",
      help: "a head printed by an earlier run (42:sha256:…), to catch a truncated tail too",
    },
    json: jsonOption,
  },
  actions: {
    verify: { about: "walks the chain and reports every broken entry", options: ["db", "anchor", "json"] },
  },
});
