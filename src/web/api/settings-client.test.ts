import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error.ts";
import { createApiClient } from "./client.ts";

function clientAnswering(body: unknown, status = 200) {
  const fetch = vi.fn(async () => Response.json(body, { status }));
  const api = createApiClient({ fetch, getToken: () => "tok" });
  const sent = (index = 0) => {
    const [url, init] = fetch.mock.calls[index] as unknown as [string, RequestInit];
    return { url, method: init.method, body: init.body };
  };
  return { api, sent };
}

describe("the settings calls of the API client", () => {
  it("puts a policy change as JSON and returns the saved policy", async () => {
    const { api, sent } = clientAnswering({ perOrderLimitFen: 1_000 });
    expect(await api.updatePolicy({ perOrderLimitFen: 1_000, currentPin: "123456" })).toEqual({
      perOrderLimitFen: 1_000,
    });
    expect(sent()).toEqual({
      url: "/api/policies",
      method: "PUT",
      body: '{"perOrderLimitFen":1000,"currentPin":"123456"}',
    });
  });

  it("searches merchants by name and looks ids up, encoded", async () => {
    const { api, sent } = clientAnswering({ merchants: [{ merchantId: "m_a" }] });
    expect(await api.merchants({ q: "瑞幸 咖啡" })).toEqual([{ merchantId: "m_a" }]);
    expect(sent(0).url).toBe("/api/merchants?q=%E7%91%9E%E5%B9%B8%20%E5%92%96%E5%95%A1");
    await api.merchants({ ids: ["m_a", "merchant:m_b"] });
    expect(sent(1).url).toBe("/api/merchants?ids=m_a%2Cmerchant%3Am_b");
  });

  it("deletes the user's data with DELETE and no body", async () => {
    const { api, sent } = clientAnswering({ removed: { flywheel_turns: 3 } });
    expect(await api.deleteMyData()).toEqual({ removed: { flywheel_turns: 3 } });
    expect(sent()).toEqual({ url: "/api/me/data", method: "DELETE", body: undefined });
  });

  it("turns a refusal into an ApiError with the field at fault", async () => {
    const { api } = clientAnswering(
      { error: { code: "step_up_required", message: "needs currentPin", field: "currentPin" } },
      403,
    );
    const error = await api.updatePolicy({ dailyLimitFen: 5_000_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "step_up_required", field: "currentPin", status: 403 });
  });
});
