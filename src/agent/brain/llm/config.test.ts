import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLlmConfig } from "./config.ts";
import { createChatModel } from "./create.ts";
import { importNodeLlamaCpp } from "./local-model.ts";

describe("LLM configuration", () => {
  it("reads the endpoint, key and model from the environment", () => {
    const config = loadLlmConfig({
      DIMPLE_LLM_BASE_URL: "https://dashscope.aliyuncs.com/compatible-mode/v1",
      DIMPLE_LLM_API_KEY: "sk-test",
      DIMPLE_LLM_MODEL: "qwen-plus",
      DIMPLE_LLM_STREAM: "0",
    });
    expect(config).toMatchObject({ model: "qwen-plus", apiKey: "sk-test", stream: false, maxRounds: 4 });
  });

  it("lets the environment override a config file field by field", () => {
    const dir = mkdtempSync(join(tmpdir(), "dimple-llm-"));
    const file = join(dir, "llm.json");
    writeFileSync(
      file,
      JSON.stringify({ baseUrl: "http://127.0.0.1:8000/v1", model: "from-file", timeoutMs: 5000 }),
    );
    const config = loadLlmConfig({ DIMPLE_LLM_CONFIG: file, DIMPLE_LLM_MODEL: "from-env" });
    expect(config).toMatchObject({ baseUrl: "http://127.0.0.1:8000/v1", model: "from-env", timeoutMs: 5000 });
  });

  it("explains what is missing when nothing is configured", () => {
    expect(() => loadLlmConfig({})).toThrow(/DIMPLE_LLM_BASE_URL/);
  });

  it("rejects a malformed setting with the field named", () => {
    expect(() => loadLlmConfig({ DIMPLE_LLM_BASE_URL: "not a url" })).toThrow(/baseUrl/);
  });
});

describe("the optional local model", () => {
  it("says how to install node-llama-cpp when it is missing", async () => {
    await expect(importNodeLlamaCpp("node-llama-cpp-not-installed-here")).rejects.toMatchObject({
      code: "llm_not_installed",
      message: expect.stringContaining("npm install --no-save node-llama-cpp@3.21.1"),
    });
  });

  it("fails at start-up, not mid-conversation, when DIMPLE_LLM_GGUF is set without the module", async () => {
    const installed = await import("node-llama-cpp" as string).then(
      () => true,
      () => false,
    );
    if (installed) return; // With the module installed, loading is exercised by hand (docs/LLM.md).
    await expect(
      createChatModel(loadLlmConfig({ DIMPLE_LLM_GGUF: "/models/qwen2.5-3b.gguf" })),
    ).rejects.toMatchObject({
      code: "llm_not_installed",
    });
  });
});
