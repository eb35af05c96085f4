import { type ClusterProcess, startProcess, stopProcess } from "./cluster.ts";
import { type RoundRobinProxy, startProxy } from "./proxy.ts";

export interface TopologyOptions {
  /** `postgres://…` (several processes) or `sqlite:PATH` (one server doing everything). */
  db: string;
  redis?: string;
  servers: number;
  workers: number;
  speed: number;
  /** The proxy's port (0: any free one). */
  port?: number;
  /** More `dimple serve` flags. */
  serveArgs?: readonly string[];
}

/** docker-compose.yml's topology on loopback: workers, servers, and a round-robin proxy in front. */
export interface Topology {
  processes: ClusterProcess[];
  proxy: RoundRobinProxy;
  /** The base URLs of the servers not stopped. */
  liveServers(): string[];
  /** Stops a process (kill -9 or SIGTERM); the proxy stops sending it requests. */
  stop(process: ClusterProcess, signal: "SIGTERM" | "SIGKILL"): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the topology: workers first (the first anchors the world clock at its speed; servers
 * follow it), then the servers at once, then the proxy. On SQLite it is one `dimple serve` that
 * also runs the due work (`npm start`), behind the same proxy.
 */
export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const sqlite = options.db.startsWith("sqlite:");
  const common = sqlite
    ? { db: options.db, speed: options.speed, alone: true }
    : { db: options.db, speed: options.speed, ...(options.redis ? { redis: options.redis } : {}) };
  const processes: ClusterProcess[] = [];
  const stopped = new Set<ClusterProcess>();
  const close = async () => {
    await proxy?.close();
    await Promise.all(processes.map((process) => stopProcess(process, "SIGTERM")));
  };
  let proxy: RoundRobinProxy | undefined;
  const liveServers = () =>
    processes
      .filter((process) => process.role === "serve" && !stopped.has(process))
      .map((process) => process.url as string);
  try {
    for (let index = 0; index < (sqlite ? 0 : options.workers); index++)
      processes.push(await startProcess("worker", { ...common, name: `worker-${index + 1}` }));
    processes.push(
      ...(await Promise.all(
        Array.from({ length: sqlite ? 1 : options.servers }, (_, index) =>
          startProcess("serve", {
            ...common,
            name: `server-${index + 1}`,
            ...(options.serveArgs ? { serveArgs: options.serveArgs } : {}),
          }),
        ),
      )),
    );
    proxy = await startProxy(liveServers, options.port ?? 0);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    processes,
    proxy,
    liveServers,
    async stop(process, signal) {
      stopped.add(process);
      await stopProcess(process, signal);
    },
    close,
  };
}
