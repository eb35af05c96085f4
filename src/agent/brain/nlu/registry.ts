import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DimpleError } from "../../../kernel/errors.ts";
import type { SerializedModel } from "./linear-model.ts";

/**
 * A folder of trained model versions: `versions/<id>.json` plus a `current` file naming the one in
 * use. Files are written to a temporary name and renamed, so a reader never sees half a model.
 */
export class ModelRegistry {
  constructor(readonly directory: string) {}

  /** Saves a version and, unless told otherwise, makes it current. Returns the file path. */
  save(model: SerializedModel, options: { makeCurrent?: boolean } = {}): string {
    const versions = join(this.directory, "versions");
    mkdirSync(versions, { recursive: true });
    const path = join(versions, `${model.metadata.version}.json`);
    writeAtomically(path, JSON.stringify(model));
    if (options.makeCurrent ?? true)
      writeAtomically(join(this.directory, "current"), `${model.metadata.version}\n`);
    return path;
  }

  /** The id of the current version, or undefined when the registry is empty or absent. */
  currentVersion(): string | undefined {
    const pointer = join(this.directory, "current");
    if (!existsSync(pointer)) return undefined;
    const id = readFileSync(pointer, "utf8").trim();
    return id || undefined;
  }

  /** The path of a version's file; `not_found` when it does not exist. */
  versionPath(id: string): string {
    if (!/^[\w.-]+$/u.test(id))
      throw new DimpleError("invalid_argument", `bad model version id "${id}"`, { field: "version" });
    const path = join(this.directory, "versions", `${id}.json`);
    if (!existsSync(path))
      throw new DimpleError("not_found", `model version ${id} is not in ${this.directory}`, { status: 404 });
    return path;
  }

  /** Version ids, oldest first (ids start with a UTC timestamp). */
  list(): string[] {
    const versions = join(this.directory, "versions");
    if (!existsSync(versions)) return [];
    return readdirSync(versions)
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .sort();
  }

  /** Points `current` at an existing version (a rollback). */
  use(id: string): void {
    this.versionPath(id);
    writeAtomically(join(this.directory, "current"), `${id}\n`);
  }
}

function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
