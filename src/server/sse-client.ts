/** One Server-Sent Event as a client sees it. */
export interface SseFrame {
  id?: string;
  event?: string;
  data: string;
}

/**
 * Reads SSE frames from a fetch response body as they arrive (tests, the multi-process benchmark).
 * Comments (`: keep-alive`) are skipped; each frame's `data` is its data lines joined.
 */
export async function* readSseFrames(body: ReadableStream<Uint8Array>): AsyncGenerator<SseFrame> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const frame: SseFrame = { data: "" };
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith(":") || line === "") continue;
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "data") data.push(value);
          else if (field === "id") frame.id = value;
          else if (field === "event") frame.event = value;
        }
        if (data.length === 0 && frame.id === undefined) continue;
        frame.data = data.join("\n");
        yield frame;
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => {});
  }
}
