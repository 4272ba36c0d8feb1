/**
 * CPU-only micro-benchmarks of the client: no sockets are opened. `fetch` is
 * replaced by a stub that answers from pre-serialised bodies, so the numbers
 * measure the SDK's own work (URL building, header assembly, JSON decoding,
 * error mapping), not the network.
 *
 * Run with: npx vitest bench --run --root examples/task-service/sdk
 */

import { bench, describe } from "vitest";
import { buildUrl } from "../src/client.js";
import { Priority, TaskClient, errorFromResponse, type Page, type Task } from "../src/index.js";

const BASE_URL = "https://api.tasks.example.dev/v2";
const ASSIGNEES = ["maria.okafor", "li.wei", "sam.hartley", "priya.raman"];
const PRIORITIES = [Priority.Low, Priority.Normal, Priority.High, Priority.Urgent];

function makeTask(i: number): Task {
  const created = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    id: `tsk_${String(i).padStart(12, "0")}`,
    title: `Follow up on incident INC-${4000 + i}`,
    description: "Collect timeline, owners and action items; link the dashboard snapshot.",
    status: i % 7 === 0 ? "done" : "open",
    priority: PRIORITIES[i % PRIORITIES.length]!,
    assignee: ASSIGNEES[i % ASSIGNEES.length]!,
    labels: ["incident", i % 2 === 0 ? "backend" : "frontend"],
    dueAt: "2026-06-30T17:00:00Z",
    createdAt: created,
    updatedAt: created,
    ...(i % 7 === 0 && { completedAt: created }),
  };
}

function pageBody(start: number, size: number, nextCursor: string | null): string {
  const page: Page<Task> = { items: Array.from({ length: size }, (_, k) => makeTask(start + k)), nextCursor };
  return JSON.stringify(page);
}

const JSON_HEADERS = { "content-type": "application/json", "x-request-id": "req_bench" };

// One page of 100 tasks, served for every call.
const page100 = pageBody(0, 100, null);
const pageClient = new TaskClient({
  baseUrl: BASE_URL,
  token: "bench-token",
  fetch: async () => new Response(page100, { status: 200, headers: JSON_HEADERS }),
});

// 1 000 tasks split into ten pages of 100, addressed by cursor "p0".."p9".
const pages = Array.from({ length: 10 }, (_, p) => pageBody(p * 100, 100, p < 9 ? `p${p + 1}` : null));
const pagingClient = new TaskClient({
  baseUrl: BASE_URL,
  token: "bench-token",
  fetch: async (input) => {
    const cursor = new URL(String(input)).searchParams.get("cursor") ?? "p0";
    return new Response(pages[Number(cursor.slice(1))]!, { status: 200, headers: JSON_HEADERS });
  },
});

const singleTask = JSON.stringify(makeTask(42));
const taskClient = new TaskClient({
  baseUrl: BASE_URL,
  token: "bench-token",
  fetch: async () => new Response(singleTask, { status: 200, headers: JSON_HEADERS }),
});

const validationBody = JSON.stringify({
  error: {
    code: "validation_failed",
    message: "The request body is invalid.",
    details: [
      { field: "title", issue: "must not be empty" },
      { field: "labels[1]", issue: "must be 1-32 lowercase letters, digits or hyphens" },
    ],
  },
});
const notFoundBody = JSON.stringify({ error: { code: "not_found", message: "Task tsk_000000000042 does not exist." } });

describe("request pipeline (stub fetch)", () => {
  bench("getTask", async () => {
    await taskClient.getTask("tsk_000000000042");
  });

  bench("listTasks, page of 100", async () => {
    await pageClient.listTasks({ status: "open", limit: 100 });
  });

  bench("iterateTasks, 1k tasks over 10 pages", async () => {
    let count = 0;
    for await (const _ of pagingClient.iterateTasks({ limit: 100 })) count += 1;
    if (count !== 1000) throw new Error(`expected 1000 tasks, got ${count}`);
  });
});

describe("error mapping", () => {
  bench("404 to NotFoundError", async () => {
    await errorFromResponse(new Response(notFoundBody, { status: 404, headers: JSON_HEADERS }));
  });

  bench("422 to ValidationError with 2 field errors", async () => {
    await errorFromResponse(new Response(validationBody, { status: 422, headers: JSON_HEADERS }));
  });

  bench("502 HTML page to TaskApiError", async () => {
    await errorFromResponse(new Response("<html><h1>502 Bad Gateway</h1></html>", { status: 502 }));
  });
});

describe("URL building", () => {
  bench("no query", () => {
    buildUrl(BASE_URL, "/tasks/tsk_000000000042");
  });

  bench("all four list filters", () => {
    buildUrl(BASE_URL, "/tasks", { status: "in_progress", assignee: "maria.okafor", limit: 50, cursor: "bzoxMDA" });
  });
});
