import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  NotFoundError,
  Priority,
  SDK_VERSION,
  TaskApiError,
  TaskClient,
  ValidationError,
  type Task,
} from "../src/index.js";
import { FakeTaskService, TEST_TOKEN } from "./fake-task-service.js";

let service: FakeTaskService;
let client: TaskClient;

beforeEach(async () => {
  service = await new FakeTaskService().start();
  client = new TaskClient({ baseUrl: service.baseUrl, token: TEST_TOKEN, retries: 0 });
});

afterEach(async () => {
  await service.stop();
});

describe("TaskClient CRUD", () => {
  it("creates a task and reads it back", async () => {
    const created = await client.createTask({
      title: "Rotate staging database credentials",
      priority: Priority.High,
      assignee: "maria.okafor",
      labels: ["security", "staging"],
      dueAt: "2026-03-06T17:00:00Z",
    });

    expect(created).toMatchObject({
      title: "Rotate staging database credentials",
      status: "open",
      priority: "high",
      assignee: "maria.okafor",
      labels: ["security", "staging"],
      dueAt: "2026-03-06T17:00:00Z",
    });
    expect(created.id).toMatch(/^tsk_/);
    expect(created.completedAt).toBeUndefined();

    const fetched = await client.getTask(created.id);
    expect(fetched).toEqual(created);

    const post = service.requests.find((r) => r.method === "POST");
    expect(post?.path).toBe("/v2/tasks");
    expect(post?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(post!.body)).toEqual({
      title: "Rotate staging database credentials",
      priority: "high",
      assignee: "maria.okafor",
      labels: ["security", "staging"],
      dueAt: "2026-03-06T17:00:00Z",
    });
  });

  it("defaults priority to normal and labels to an empty list", async () => {
    const created = await client.createTask({ title: "Archive 2025 audit logs" });
    expect(created.priority).toBe(Priority.Normal);
    expect(created.labels).toEqual([]);
  });

  it("updates a task with PATCH and clears fields set to null", async () => {
    const task = service.seed({ title: "Draft release notes", assignee: "li.wei", dueAt: "2026-04-01T12:00:00Z" });

    const updated = await client.updateTask(task.id, { status: "in_progress", assignee: null, dueAt: null });

    expect(updated.status).toBe("in_progress");
    expect(updated.assignee).toBeUndefined();
    expect(updated.dueAt).toBeUndefined();
    expect(updated.updatedAt > task.createdAt).toBe(true);
    const patch = service.requests.at(-1)!;
    expect(patch.method).toBe("PATCH");
    expect(patch.path).toBe(`/v2/tasks/${task.id}`);
    expect(JSON.parse(patch.body)).toEqual({ status: "in_progress", assignee: null, dueAt: null });
  });

  it("completes a task with POST /tasks/{id}/complete", async () => {
    const task = service.seed({ title: "Renew TLS certificate for status page", status: "in_progress" });

    const done = await client.completeTask(task.id);

    expect(done.status).toBe("done");
    expect(done.completedAt).toBeDefined();
    const req = service.requests.at(-1)!;
    expect(req.method).toBe("POST");
    expect(req.path).toBe(`/v2/tasks/${task.id}/complete`);
    expect(req.body).toBe("");
  });

  it("reports a conflict when completing a cancelled task", async () => {
    const task = service.seed({ title: "Migrate to old queue", status: "cancelled" });

    const error = await client.completeTask(task.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TaskApiError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 409, code: "conflict" });
  });

  it("reopens a done task with POST /tasks/{id}/reopen and clears completedAt", async () => {
    const task = service.seed({ title: "Rotate staging database password", status: "in_progress" });
    await client.completeTask(task.id);

    const reopened = await client.reopenTask(task.id);

    expect(reopened.status).toBe("open");
    expect(reopened.completedAt).toBeUndefined();
    const req = service.requests.at(-1)!;
    expect(req.method).toBe("POST");
    expect(req.path).toBe(`/v2/tasks/${task.id}/reopen`);
    await expect(client.reopenTask(task.id)).rejects.toMatchObject({ status: 409, code: "conflict" });
  });

  it("deletes a task, after which it is not found", async () => {
    const task = service.seed({ title: "Remove feature flag new-board" });

    await expect(client.deleteTask(task.id)).resolves.toBeUndefined();
    expect(service.tasks.has(task.id)).toBe(false);
    await expect(client.getTask(task.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("percent-encodes task ids in the path", async () => {
    await client.getTask("tsk/../admin").catch(() => undefined);
    expect(service.requests.at(-1)!.path).toBe("/v2/tasks/tsk%2F..%2Fadmin");
  });

  it("rejects an empty task id without sending a request", () => {
    expect(() => client.getTask("")).toThrow(TypeError);
    expect(service.requests).toHaveLength(0);
  });
});

describe("headers and auth", () => {
  it("sends the bearer token, accept and user-agent headers", async () => {
    await client.listTasks();
    const { headers } = service.requests[0]!;
    expect(headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(headers.accept).toBe("application/json");
    expect(headers["user-agent"]).toBe(`task-client-js/${SDK_VERSION}`);
  });

  it("sends no authorization header without a token and surfaces 401", async () => {
    const anonymous = new TaskClient({ baseUrl: service.baseUrl, retries: 0 });

    const error = await anonymous.listTasks().catch((e: unknown) => e);

    expect(service.requests[0]!.headers.authorization).toBeUndefined();
    expect(error).toBeInstanceOf(TaskApiError);
    expect(error).toMatchObject({ status: 401, code: "unauthorized", requestId: "req_000001" });
  });

  it("sends Idempotency-Key on createTask and gets the same task back on replay", async () => {
    const first = await client.createTask({ title: "Write Q1 postmortem" }, { idempotencyKey: "pm-2026-q1" });
    const second = await client.createTask({ title: "Write Q1 postmortem" }, { idempotencyKey: "pm-2026-q1" });

    expect(second).toEqual(first);
    expect(service.tasks.size).toBe(1);
    expect(service.requests.map((r) => r.headers["idempotency-key"])).toEqual(["pm-2026-q1", "pm-2026-q1"]);
  });

  it("sends no Idempotency-Key when none is given", async () => {
    await client.createTask({ title: "Book team offsite" });
    expect(service.requests[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("accepts a base URL with a trailing slash", async () => {
    const slashed = new TaskClient({ baseUrl: `${service.baseUrl}/`, token: TEST_TOKEN });
    await slashed.listTasks();
    expect(service.requests[0]!.path).toBe("/v2/tasks");
  });

  it("rejects invalid constructor options", () => {
    expect(() => new TaskClient({ baseUrl: "tasks.example.dev" })).toThrow(/absolute URL/);
    expect(() => new TaskClient({ baseUrl: service.baseUrl, retries: -1 })).toThrow(/retries/);
    expect(() => new TaskClient({ baseUrl: service.baseUrl, timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
  });
});

describe("listing and pagination", () => {
  function seedMany(count: number): Task[] {
    const seeded: Task[] = [];
    for (let i = 1; i <= count; i++) {
      seeded.push(
        service.seed({
          title: `Triage ticket #${1000 + i}`,
          assignee: i % 3 === 0 ? "li.wei" : "maria.okafor",
          status: i % 5 === 0 ? "done" : "open",
        }) as Task,
      );
    }
    return seeded;
  }

  it("returns a page with a cursor and passes filters as query parameters", async () => {
    seedMany(12);

    const page = await client.listTasks({ assignee: "maria.okafor", status: "open", limit: 3 });

    expect(page.items).toHaveLength(3);
    expect(page.items.every((t) => t.assignee === "maria.okafor" && t.status === "open")).toBe(true);
    expect(page.nextCursor).toEqual(expect.any(String));
    const query = Object.fromEntries(service.requests[0]!.query);
    expect(query).toEqual({ assignee: "maria.okafor", status: "open", limit: "3" });
  });

  it("returns newest tasks first and nextCursor null on the last page", async () => {
    const seeded = seedMany(4);

    const page = await client.listTasks({ limit: 10 });

    expect(page.items.map((t) => t.id)).toEqual(seeded.map((t) => t.id).reverse());
    expect(page.nextCursor).toBeNull();
  });

  it("iterateTasks follows cursors across pages and yields every task once", async () => {
    const seeded = seedMany(23);

    const ids: string[] = [];
    for await (const task of client.iterateTasks({ limit: 5 })) ids.push(task.id);

    expect(ids).toHaveLength(23);
    expect(new Set(ids)).toEqual(new Set(seeded.map((t) => t.id)));
    expect(service.requests).toHaveLength(5);
    expect(service.requests[0]!.query.has("cursor")).toBe(false);
    expect(service.requests.slice(1).every((r) => r.query.has("cursor"))).toBe(true);
  });

  it("iterateTasks applies filters on every page", async () => {
    seedMany(30);

    const titles: string[] = [];
    for await (const task of client.iterateTasks({ assignee: "li.wei", limit: 4 })) titles.push(task.title);

    expect(titles).toHaveLength(10);
    expect(service.requests.every((r) => r.query.get("assignee") === "li.wei")).toBe(true);
  });

  it("iterateTasks fetches lazily and stops when the consumer breaks", async () => {
    seedMany(20);

    for await (const task of client.iterateTasks({ limit: 5 })) {
      expect(task.id).toMatch(/^tsk_/);
      break;
    }

    expect(service.requests).toHaveLength(1);
  });

  it("iterateTasks stops with an error if the server repeats a cursor", async () => {
    const looping = new TaskClient({
      baseUrl: "https://api.tasks.example.dev/v2",
      fetch: async () => Response.json({ items: [], nextCursor: "b286MA" }),
    });

    const consume = async () => {
      for await (const _ of looping.iterateTasks()) void _;
    };

    await expect(consume()).rejects.toMatchObject({ code: "pagination_loop" });
  });
});

describe("error mapping", () => {
  it("maps 404 to NotFoundError with code, message and request id", async () => {
    const error = await client.getTask("tsk_missing").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(TaskApiError);
    expect(error).toMatchObject({
      name: "NotFoundError",
      status: 404,
      code: "not_found",
      message: "Task tsk_missing does not exist.",
      requestId: "req_000001",
    });
  });

  it("maps 422 to ValidationError with field details", async () => {
    const error = await client
      .createTask({ title: "", labels: ["ok", "Not OK"], priority: "critical" as Priority })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.status).toBe(422);
    expect(validation.code).toBe("validation_failed");
    expect(validation.fieldErrors).toEqual([
      { field: "title", issue: "must not be empty" },
      { field: "priority", issue: "must be one of low, normal, high, urgent" },
      { field: "labels[1]", issue: "must be 1-32 lowercase letters, digits or hyphens" },
    ]);
    expect(validation.issuesFor("title")).toEqual(["must not be empty"]);
    expect(validation.issuesFor("assignee")).toEqual([]);
    expect(service.tasks.size).toBe(0);
  });

  it("rejects status done in a patch with a ValidationError", async () => {
    const task = service.seed({ title: "Close out sprint 14" });

    const error = await client
      .updateTask(task.id, { status: "done" as "open" })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issuesFor("status")).toEqual([
      "use POST /tasks/{taskId}/complete to complete a task",
    ]);
  });

  it("maps an out-of-range limit to ValidationError", async () => {
    await expect(client.listTasks({ limit: 500 })).rejects.toMatchObject({
      name: "ValidationError",
      details: [{ field: "limit", issue: "must be an integer between 1 and 100" }],
    });
  });
});

describe("health", () => {
  it("returns the health report without needing a token", async () => {
    const anonymous = new TaskClient({ baseUrl: service.baseUrl });

    const health = await anonymous.getHealth();

    expect(health).toEqual({
      status: "ok",
      version: "3.0.0",
      uptimeSeconds: 86_412,
      checks: { database: { status: "ok", latencyMs: 3 } },
    });
    expect(service.requests[0]!.path).toBe("/v2/healthz");
  });

  it("returns the body of a 503 health report instead of throwing or retrying", async () => {
    const down = {
      status: "down",
      version: "3.0.0",
      uptimeSeconds: 12,
      checks: { database: { status: "down", message: "connection refused" } },
    };
    service.failNext(1, { status: 503, body: down, headers: { "retry-after": "0" } });
    const retrying = new TaskClient({ baseUrl: service.baseUrl, retries: 3 });

    await expect(retrying.getHealth()).resolves.toEqual(down);
    expect(service.requests).toHaveLength(1);
  });
});
