import { describe, expect, it } from "vitest";
import { createSseParser, type SseMessage } from "./sse.ts";

function parse(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return messages;
}

describe("createSseParser", () => {
  it("parses data events separated by blank lines", () => {
    expect(parse(['data: {"a":1}\n\ndata: {"b":2}\n\n'])).toEqual([
      { event: "message", data: '{"a":1}' },
      { event: "message", data: '{"b":2}' },
    ]);
  });

  it("carries the last event id on each message after it", () => {
    expect(parse(["id: 7-0\ndata: a\n\ndata: b\n\n"])).toEqual([
      { event: "message", data: "a", id: "7-0" },
      { event: "message", data: "b", id: "7-0" },
    ]);
  });

  it("reassembles events split across chunks anywhere, including inside CRLF", () => {
    expect(parse(["da", 'ta: {"x":', '"y"}\r', "\n\r\nevent: end\ndata: \n\n"])).toEqual([
      { event: "message", data: '{"x":"y"}' },
      { event: "end", data: "" },
    ]);
  });

  it("joins multi-line data and skips comments", () => {
    expect(parse([": keep-alive\n", "data: one\ndata: two\n\n"])).toEqual([
      { event: "message", data: "one\ntwo" },
    ]);
  });

  it("dispatches a final event that lacks the trailing blank line", () => {
    expect(parse(["event: end"])).toEqual([{ event: "end", data: "" }]);
  });

  it("keeps the stream's last event id, as the SSE spec's last-event-id buffer does", () => {
    expect(parse(['id: 41\ndata: {"a":1}\n\ndata: {"b":2}\n\nid: 42\ndata: {"c":3}\n\n'])).toEqual([
      { event: "message", data: '{"a":1}', id: "41" },
      { event: "message", data: '{"b":2}', id: "41" },
      { event: "message", data: '{"c":3}', id: "42" },
    ]);
  });
});
