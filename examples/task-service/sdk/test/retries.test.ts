import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  RateLimitedError,
  TaskApiError,
  TaskClient,
  TaskNetworkError,
  TaskTimeoutError,
  type TaskClientOptions,
} from "../src/index.js";
import { FakeTaskService, TEST_TOKEN } from "./fake-task-service.js";

let service: FakeTaskService;

function clientWith(options: Partial<TaskClientOptions> = {}): TaskClient {
  return new TaskClient({ baseUrl: service.baseUrl, token: TEST_TOKEN, retryDelayMs: 5, ...options });
}

beforeEach(async () => {
  service = await new FakeTaskService().start();
});

afterEach(async () => {
  await service.stop();
});

describe("retries", () => {
  it("retries a 503 and then succeeds", async () => {
    const task = service.seed({ title: "Upgrade Postgres to 16.4" });
    service.failNext(2, { status: 503 });

    const fetched = await clientWith({ retries: 2 }).getTask(task.id);

    expect(fetched.id).toBe(task.id);
    expect(service.requests).toHaveLength(3);
  });

  it.each([502, 504])("retries a %i", async (status) => {
    service.failNext(1, { status });

    await expect(clientWith({ retries: 1 }).listTasks()).resolves.toEqual({ items: [], nextCursor: null });
    expect(service.requests).toHaveLength(2);
  });

  it("gives up after the configured number of retries and throws the last error", async () => {
    service.failNext(3, { status: 503, body: { error: { code: "unavailable", message: "Draining for deploy." } } });

    const error = await clientWith({ retries: 2 }).listTasks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TaskApiError);
    expect(error).toMatchObject({ status: 503, code: "unavailable", message: "Draining for deploy.", requestId: "req_000003" });
    expect(service.requests).toHaveLength(3);
  });

  it("retries a 429 after the Retry-After delay", async () => {
    service.failNext(1, {
      status: 429,
      headers: { "retry-after": "0" },
      body: { error: { code: "rate_limited", message: "Slow down." } },
    });

    const created = await clientWith({ retries: 1, retryDelayMs: 60_000 }).createTask(
      { title: "Investigate 429s from billing" },
      { idempotencyKey: "inv-429" },
    );

    // retryDelayMs is huge, so finishing at all proves Retry-After: 0 was used instead of backoff.
    expect(created.title).toBe("Investigate 429s from billing");
    expect(service.requests).toHaveLength(2);
    expect(service.requests.map((r) => r.headers["idempotency-key"])).toEqual(["inv-429", "inv-429"]);
  });

  it("waits as long as Retry-After asks", async () => {
    service.failNext(1, { status: 503, headers: { "retry-after": "1" } });

    // Observe the delay the client asks for instead of timing it: wall-clock asserts are flaky.
    const timers = vi.spyOn(globalThis, "setTimeout");
    try {
      await clientWith({ retries: 1, retryDelayMs: 0 }).listTasks();
      expect(timers.mock.calls.map(([, ms]) => ms)).toContain(1000);
    } finally {
      timers.mockRestore();
    }
    expect(service.requests).toHaveLength(2);
  });

  it("throws RateLimitedError with retryAfterSeconds once retries are exhausted", async () => {
    service.failNext(2, {
      status: 429,
      headers: { "retry-after": "0" },
      body: { error: { code: "rate_limited", message: "Too many requests for this token." } },
    });

    const error = await clientWith({ retries: 1 }).listTasks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, code: "rate_limited", retryAfterSeconds: 0 });
    expect(service.requests).toHaveLength(2);
  });

  it("does not sleep through a Retry-After longer than a minute", async () => {
    service.failNext(1, {
      status: 429,
      headers: { "retry-after": "3600" },
      body: { error: { code: "rate_limited", message: "Daily quota exhausted." } },
    });

    const error = await clientWith({ retries: 3 }).listTasks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(3600);
    expect(service.requests).toHaveLength(1);
  });

  it.each([400, 401, 404, 409, 422, 500])("does not retry a %i", async (status) => {
    service.failNext(1, { status, body: { error: { code: `code_${status}`, message: `Status ${status}.` } } });

    const error = await clientWith({ retries: 3 }).listTasks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TaskApiError);
    expect(error).toMatchObject({ status, code: `code_${status}` });
    expect(service.requests).toHaveLength(1);
  });

  it("does not retry when retries is 0", async () => {
    service.failNext(1, { status: 503 });

    await expect(clientWith({ retries: 0 }).listTasks()).rejects.toMatchObject({ status: 503 });
    expect(service.requests).toHaveLength(1);
  });
});

describe("timeouts and network errors", () => {
  it("aborts a slow request with TaskTimeoutError and does not retry it", async () => {
    service.delayNext(500);

    const error = await clientWith({ timeoutMs: 50, retries: 2 }).listTasks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(error).toBeInstanceOf(TaskNetworkError);
    expect((error as TaskTimeoutError).timeoutMs).toBe(50);
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/v2\/tasks timed out after 50 ms$/);
    expect(service.requests).toHaveLength(1);
  });

  it("succeeds when the response arrives within the timeout", async () => {
    service.delayNext(20);

    await expect(clientWith({ timeoutMs: 2_000 }).listTasks()).resolves.toMatchObject({ items: [] });
  });

  it("retries connection failures and then throws TaskNetworkError", async () => {
    // Reserve a port, then close it so that connecting is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const client = new TaskClient({ baseUrl: `http://127.0.0.1:${port}/v2`, fetch: counting, retries: 2, retryDelayMs: 1 });

    const error = await client.listTasks().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TaskNetworkError);
    expect(error).not.toBeInstanceOf(TaskTimeoutError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(calls).toBe(3);
  });

  it("recovers when a network error is followed by a good response", async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls += 1;
      if (calls === 1) return Promise.reject(new TypeError("fetch failed", { cause: new Error("ECONNRESET") }));
      return fetch(input, init);
    };

    const page = await clientWith({ fetch: flaky, retries: 1 }).listTasks();

    expect(page.items).toEqual([]);
    expect(calls).toBe(2);
    expect(service.requests).toHaveLength(1);
  });

  it("reports a non-JSON success body as invalid_response", async () => {
    const client = new TaskClient({
      baseUrl: "https://api.tasks.example.dev/v2",
      fetch: async () => new Response("<html>maintenance</html>", { status: 200, headers: { "x-request-id": "req_html" } }),
    });

    await expect(client.listTasks()).rejects.toMatchObject({
      name: "TaskApiError",
      code: "invalid_response",
      requestId: "req_html",
    });
  });
});
