import type { HeapProfiler } from "node:inspector";
import { Session } from "node:inspector/promises";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { round2 } from "./stats.ts";

/**
 * What a run of `work` allocates and collects, counted rather than timed: bytes allocated (V8's
 * sampling heap profiler, objects collected since included, one sample per 4 KiB on average) and
 * young-generation collections (scavenges) and full ones, with their pause time. Allocation and
 * the number of collections do not move with the machine's load; a scavenge pauses the turn it
 * falls in, which is how garbage reaches the tail of turn latency.
 */
export async function garbageOf(work: () => Promise<number>) {
  const pauses = { minor: [] as number[], major: [] as number[] };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) pauses.minor.push(entry.duration);
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) pauses.major.push(entry.duration);
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as HeapProfiler.StartSamplingParameterType);
  const turns = await work();
  const { profile } = await session.post("HeapProfiler.stopSampling");
  session.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  let bytes = 0;
  const walk = (node: { selfSize: number; children: (typeof node)[] }) => {
    bytes += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const sum = (values: number[]) => round2(values.reduce((total, value) => total + value, 0));
  return {
    turns,
    allocatedKbPerTurn: round2(bytes / 1024 / turns),
    scavengesPer1000Turns: round2((pauses.minor.length * 1000) / turns),
    scavengeMs: sum(pauses.minor),
    fullCollections: pauses.major.length,
    fullCollectionMs: sum(pauses.major),
  };
}
