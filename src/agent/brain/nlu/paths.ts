import { fileURLToPath } from "node:url";

/** The repository's `data/nlu` folder: templates and the shipped default model. */
export const NLU_DATA_DIR = fileURLToPath(new URL("../../../../data/nlu/", import.meta.url));

/** The shipped default model, used when no local registry has a current version. */
export const DEFAULT_MODEL_PATH = `${NLU_DATA_DIR}model.json`;

/** The local registry of trained versions, relative to the working directory like the default database. */
export const DEFAULT_REGISTRY_DIR = process.env.DIMPLE_NLU_DIR ?? ".dimple/nlu";
