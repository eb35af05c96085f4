/**
 * V8 flags a long-running `dimple serve` or `dimple worker` starts with. They live beside the
 * `dimple` launcher (bin/lean.js, which explains each and relaunches a process started without
 * them), so the launcher needs no TypeScript; `npm start`, the benchmarks and the tests read them here.
 */
export { SERVE_ENV, SERVE_NODE_FLAGS } from "../../bin/lean.js";
