/**
 * A small, real HTTP implementation of the Task Service for the SDK tests.
 *
 * It listens on 127.0.0.1 with an ephemeral port, keeps tasks in memory and
 * follows the contract in `openapi/task-service.yaml`: bearer auth, the
 * `{ "error": { code, message, details } }` envelope, opaque cursors,
 * `Idempotency-Key` on create and `x-request-id` on every response. Tests can
 * script failures (`failNext`) and slow responses (`delayNext`) and inspect
 * every request the server received (`requests`).
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const TEST_TOKEN = "test-token-7f3a";

/** Task as stored by the fake, identical to the wire format. */
export interface StoredTask {
  id: string;
  title: string;
  description?: string;
  status: "open" | "in_progress" | "done" | "cancelled";
  priority: "low" | "normal" | "high" | "urgent";
  assignee?: string;
  labels: string[];
  dueAt?: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

/** What the fake recorded about one incoming request. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A canned response the fake sends instead of handling the next request. */
export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const STATUSES = new Set(["open", "in_progress", "done", "cancelled"]);
const PRIORITIES = new Set(["low", "normal", "high", "urgent"]);

export class FakeTaskService {
  readonly requests: RecordedRequest[] = [];
  readonly tasks = new Map<string, StoredTask>();
  #server: Server;
  #failures: ScriptedFailure[] = [];
  #delays: number[] = [];
  #idempotency = new Map<string, string>();
  #sequence = 0;
  #requestCounter = 0;
  #clock = Date.parse("2026-03-02T09:00:00Z");
  #baseUrl = "";

  constructor() {
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
  }

  /** Base URL including the `/v2` prefix, for example `http://127.0.0.1:41234/v2`. */
  get baseUrl(): string {
    return this.#baseUrl;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.#baseUrl = `http://127.0.0.1:${port}/v2`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.#server.close((err) => (err ? reject(err) : resolve())));
  }

  /** Answers the next `count` requests with `failure` instead of handling them. */
  failNext(count: number, failure: ScriptedFailure): void {
    for (let i = 0; i < count; i++) this.#failures.push(failure);
  }

  /** Delays the next request by `ms` milliseconds before handling it. */
  delayNext(ms: number): void {
    this.#delays.push(ms);
  }

  /** Inserts a task directly, bypassing validation; returns it. */
  seed(fields: Partial<StoredTask> & { title: string }): StoredTask {
    const now = this.#tick();
    const task: StoredTask = {
      id: this.#nextId(),
      status: "open",
      priority: "normal",
      labels: [],
      createdAt: now,
      updatedAt: now,
      ...fields,
    };
    this.tasks.set(task.id, task);
    return task;
  }

  #nextId(): string {
    this.#sequence += 1;
    return `tsk_${String(this.#sequence).padStart(12, "0")}`;
  }

  #tick(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body });

    this.#requestCounter += 1;
    res.setHeader("x-request-id", `req_${String(this.#requestCounter).padStart(6, "0")}`);

    const delay = this.#delays.shift();
    if (delay !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (res.destroyed) return;
    }

    const failure = this.#failures.shift();
    if (failure) {
      send(res, failure.status, failure.body ?? errorBody("unavailable", "Scripted failure."), failure.headers);
      return;
    }

    try {
      this.#route(req.method ?? "GET", url, req.headers, body, res);
    } catch (error) {
      send(res, 500, errorBody("internal", error instanceof Error ? error.message : String(error)));
    }
  }

  #route(method: string, url: URL, headers: IncomingMessage["headers"], rawBody: string, res: ServerResponse): void {
    const path = url.pathname.replace(/^\/v2/, "");

    if (method === "GET" && path === "/healthz") {
      send(res, 200, {
        status: "ok",
        version: "3.0.0",
        uptimeSeconds: 86_412,
        checks: { database: { status: "ok", latencyMs: 3 } },
      });
      return;
    }

    if (headers.authorization !== `Bearer ${TEST_TOKEN}`) {
      send(res, 401, errorBody("unauthorized", "A valid bearer token is required."), {
        "www-authenticate": 'Bearer realm="task-service"',
      });
      return;
    }

    let body: Record<string, unknown> = {};
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody) as Record<string, unknown>;
      } catch {
        send(res, 400, errorBody("bad_request", "Request body is not valid JSON."));
        return;
      }
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        send(res, 400, errorBody("bad_request", "Request body must be a JSON object."));
        return;
      }
    }

    if (path === "/tasks" && method === "GET") return this.#list(url, res);
    if (path === "/tasks" && method === "POST") return this.#create(headers, body, res);

    const match = /^\/tasks\/([^/]+)(\/complete|\/reopen)?$/.exec(path);
    if (match) {
      const id = decodeURIComponent(match[1]!);
      const task = this.tasks.get(id);
      if (!task) {
        send(res, 404, errorBody("not_found", `Task ${id} does not exist.`));
        return;
      }
      if (match[2] === "/complete" && method === "POST") return this.#complete(task, res);
      if (match[2] === "/reopen" && method === "POST") return this.#reopen(task, res);
      if (!match[2] && method === "GET") return send(res, 200, task);
      if (!match[2] && method === "PATCH") return this.#update(task, body, res);
      if (!match[2] && method === "DELETE") {
        this.tasks.delete(id);
        res.statusCode = 204;
        res.end();
        return;
      }
    }
    send(res, 404, errorBody("not_found", `No route for ${method} ${path}.`));
  }

  #list(url: URL, res: ServerResponse): void {
    const params = url.searchParams;
    const limit = params.has("limit") ? Number(params.get("limit")) : 20;
    const details: Array<{ field: string; issue: string }> = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      details.push({ field: "limit", issue: "must be an integer between 1 and 100" });
    }
    const status = params.get("status");
    if (status !== null && !STATUSES.has(status)) {
      details.push({ field: "status", issue: "must be one of open, in_progress, done, cancelled" });
    }
    let offset = 0;
    const cursor = params.get("cursor");
    if (cursor !== null) {
      const decoded = Buffer.from(cursor, "base64url").toString("utf8");
      const m = /^o:(\d+)$/.exec(decoded);
      if (m) offset = Number(m[1]);
      else details.push({ field: "cursor", issue: "is not a cursor returned by this API" });
    }
    if (details.length > 0) {
      send(res, 422, errorBody("validation_failed", "The query parameters are invalid.", details));
      return;
    }

    const assignee = params.get("assignee");
    const matching = [...this.tasks.values()]
      .filter((t) => (status === null || t.status === status) && (assignee === null || t.assignee === assignee))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id.localeCompare(a.id)));
    const items = matching.slice(offset, offset + limit);
    const next = offset + limit < matching.length ? Buffer.from(`o:${offset + limit}`).toString("base64url") : null;
    send(res, 200, { items, nextCursor: next });
  }

  #create(headers: IncomingMessage["headers"], body: Record<string, unknown>, res: ServerResponse): void {
    const key = headers["idempotency-key"];
    if (typeof key === "string") {
      const existingId = this.#idempotency.get(key);
      const existing = existingId ? this.tasks.get(existingId) : undefined;
      if (existing) {
        send(res, 201, existing, { location: `/v2/tasks/${existing.id}`, "idempotent-replayed": "true" });
        return;
      }
    }

    const details = validateFields(body, true);
    if (details.length > 0) {
      send(res, 422, errorBody("validation_failed", "The request body is invalid.", details));
      return;
    }
    const task = this.seed({
      title: body.title as string,
      ...(body.description !== undefined && { description: body.description as string }),
      ...(body.priority !== undefined && { priority: body.priority as StoredTask["priority"] }),
      ...(body.assignee !== undefined && { assignee: body.assignee as string }),
      ...(body.dueAt !== undefined && { dueAt: body.dueAt as string }),
      labels: (body.labels as string[] | undefined) ?? [],
    });
    if (typeof key === "string") this.#idempotency.set(key, task.id);
    send(res, 201, task, { location: `/v2/tasks/${task.id}` });
  }

  #update(task: StoredTask, body: Record<string, unknown>, res: ServerResponse): void {
    const details = validateFields(body, false);
    if (body.status === "done") {
      details.push({ field: "status", issue: "use POST /tasks/{taskId}/complete to complete a task" });
    }
    if (details.length > 0) {
      send(res, 422, errorBody("validation_failed", "The request body is invalid.", details));
      return;
    }
    for (const field of ["title", "description", "status", "priority", "labels"] as const) {
      if (body[field] !== undefined) (task as unknown as Record<string, unknown>)[field] = body[field];
    }
    for (const field of ["assignee", "dueAt"] as const) {
      if (body[field] === null) delete task[field];
      else if (body[field] !== undefined) task[field] = body[field] as string;
    }
    if (task.status !== "done") delete task.completedAt;
    task.updatedAt = this.#tick();
    send(res, 200, task);
  }

  #reopen(task: StoredTask, res: ServerResponse): void {
    if (task.status !== "done" && task.status !== "cancelled") {
      send(res, 409, errorBody("conflict", `Task ${task.id} is ${task.status} and cannot be reopened.`));
      return;
    }
    task.status = "open";
    delete task.completedAt;
    task.updatedAt = this.#tick();
    send(res, 200, task);
  }

  #complete(task: StoredTask, res: ServerResponse): void {
    if (task.status === "cancelled") {
      send(res, 409, errorBody("conflict", `Task ${task.id} is cancelled and cannot be completed.`));
      return;
    }
    if (task.status !== "done") {
      const now = this.#tick();
      task.status = "done";
      task.completedAt = now;
      task.updatedAt = now;
    }
    send(res, 200, task);
  }
}

function validateFields(body: Record<string, unknown>, creating: boolean): Array<{ field: string; issue: string }> {
  const details: Array<{ field: string; issue: string }> = [];
  if (creating || body.title !== undefined) {
    if (typeof body.title !== "string" || body.title.trim().length === 0) {
      details.push({ field: "title", issue: "must not be empty" });
    } else if (body.title.length > 200) {
      details.push({ field: "title", issue: "must be at most 200 characters" });
    }
  }
  if (body.priority !== undefined && !PRIORITIES.has(body.priority as string)) {
    details.push({ field: "priority", issue: "must be one of low, normal, high, urgent" });
  }
  if (body.status !== undefined && !STATUSES.has(body.status as string)) {
    details.push({ field: "status", issue: "must be one of open, in_progress, cancelled" });
  }
  if (body.labels !== undefined) {
    if (!Array.isArray(body.labels)) {
      details.push({ field: "labels", issue: "must be an array of strings" });
    } else {
      body.labels.forEach((label, i) => {
        if (typeof label !== "string" || !/^[a-z0-9][a-z0-9-]{0,31}$/.test(label)) {
          details.push({ field: `labels[${i}]`, issue: "must be 1-32 lowercase letters, digits or hyphens" });
        }
      });
    }
  }
  if (body.dueAt !== undefined && body.dueAt !== null) {
    if (typeof body.dueAt !== "string" || Number.isNaN(Date.parse(body.dueAt))) {
      details.push({ field: "dueAt", issue: "must be an RFC 3339 timestamp" });
    }
  }
  return details;
}

function errorBody(code: string, message: string, details?: Array<{ field: string; issue: string }>): unknown {
  return { error: { code, message, ...(details && { details }) } };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}
