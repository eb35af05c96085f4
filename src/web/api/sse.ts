/** One server-sent event as the wire format defines it: an optional event name and its data lines. */
export interface SseMessage {
  event: string;
  data: string;
  /** The stream's last event id so far (`id:`), what a reconnect sends as `Last-Event-ID`. */
  id?: string;
}

/**
 * An incremental parser for `text/event-stream`: feed it chunks as they arrive (they may split lines
 * anywhere) and it calls back once per complete event. Written by hand because EventSource cannot POST
 * or send an Authorization header, and the format is a few lines of spec.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): {
  push: (chunk: string) => void;
  end: () => void;
} {
  let buffer = "";
  let eventName = "";
  let dataLines: string[] = [];
  let lastId = "";

  const dispatch = () => {
    if (dataLines.length > 0 || eventName !== "") {
      onMessage({
        event: eventName || "message",
        data: dataLines.join("\n"),
        ...(lastId ? { id: lastId } : {}),
      });
    }
    eventName = "";
    dataLines = [];
  };

  const handleLine = (line: string) => {
    if (line === "") {
      dispatch();
      return;
    }
    if (line.startsWith(":")) return; // A comment, used by servers as a keep-alive.
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") dataLines.push(value);
    else if (field === "event") eventName = value;
    else if (field === "id" && !value.includes("\0")) lastId = value;
  };

  return {
    push(chunk) {
      buffer += chunk;
      const lines = buffer.split(/\r\n|\r|\n/);
      // The last piece may be a partial line (or a lone "\r" awaiting its "\n"); keep it for later.
      buffer = lines.pop() ?? "";
      for (const line of lines) handleLine(line);
    },
    end() {
      if (buffer !== "") handleLine(buffer);
      buffer = "";
      dispatch();
    },
  };
}
