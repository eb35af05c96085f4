#!/usr/bin/env bash
# One run, side by side: Dimple's LLM mode and the OpenClaw gateway, each against the same instant
# mock model (the peer recipe's mock.mjs on 127.0.0.1:18999). Nothing leaves loopback.
# Usage: src/bench/llm-vs-openclaw.sh DIR [TURNS]
#   PEER_OPENCLAW=/path/to/peer-openclaw (default /work/shared/bench/peer-openclaw)
# Writes DIR/dimple-llm.json, DIR/dimple-mock-log.jsonl, DIR/peer/results/*, and ends with two lines:
#   DIMPLE_JSON {...}   (dimple bench --brain llm --json)
#   PEER_JSON {...}     (the peer recipe's summary line)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PEER=${PEER_OPENCLAW:-/work/shared/bench/peer-openclaw}
DIR=${1:?usage: llm-vs-openclaw.sh DIR [TURNS]}
TURNS=${2:-1000}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
if curl -s -o /dev/null http://127.0.0.1:18999/; then echo "port 18999 is busy; stop the old mock first" >&2; exit 1; fi

echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
# The server as npm start runs it: compiled into dist/server (bin/dimple.js falls back to the
# TypeScript sources, much slower to start, when that build is missing or out of date).
node "$ROOT/scripts/build-server.js" --quiet
echo "== Dimple (node $(node --version)) against mock.mjs"
rm -f "$DIR/dimple-mock-log.jsonl"
node "$PEER/mock.mjs" 18999 "$DIR/dimple-mock-log.jsonl" > "$DIR/dimple-mock.out" 2>&1 &
MOCK_PID=$!
trap 'kill "$MOCK_PID" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf http://127.0.0.1:18999/v1/models > /dev/null && break; sleep 0.1; done
DIMPLE_LLM_BASE_URL=http://127.0.0.1:18999/v1 DIMPLE_LLM_MODEL=mock-model \
  node "$ROOT/bin/dimple.js" bench --brain llm --turns "$TURNS" --mock-log "$DIR/dimple-mock-log.jsonl" --json \
  > "$DIR/dimple-llm.json"
kill "$MOCK_PID"
wait "$MOCK_PID" 2>/dev/null || true

echo "== OpenClaw (peer recipe) against the same mock.mjs"
"$PEER/run.sh" "$DIR/peer" | tee "$DIR/peer-summary.txt"
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "DIMPLE_JSON $(cat "$DIR/dimple-llm.json")"
grep '^PEER_JSON ' "$DIR/peer-summary.txt"
