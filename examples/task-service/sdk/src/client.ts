// The Task Service HTTP client.

import { apiErrorFromBody, parseRetryAfter, TaskApiError, TaskNetworkError, TaskTimeoutError } from "./errors.js";
import type { HealthStatus, NewTask, Page, Task, TaskListQuery, TaskPatch } from "./types.js";

/** Version of this SDK, sent in the `user-agent` header. */
export const SDK_VERSION = "3.0.0";

/** Options accepted by the {@link TaskClient} constructor. */
export interface TaskClientOptions {
  /**
   * Base URL of the API including any path prefix, for example
   * `https://api.tasks.example.dev/v2`. A trailing slash is ignored.
   */
  baseUrl: string;
  /** Bearer token (a JWT) sent as `Authorization: Bearer <token>` on every request. */
  token?: string;
  /** `fetch` implementation to use; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Per-attempt timeout in milliseconds, covering the response headers and
   * body. Defaults to 10 000.
   */
  timeoutMs?: number;
  /**
   * How many times a failed request is retried after the first attempt.
   * Only HTTP 429, 502, 503 and 504 responses and connection failures are
   * retried, never timeouts; a `Retry-After` longer than 60 seconds is not
   * waited for. Defaults to 2; use 0 to disable retries.
   */
  retries?: number;
  /**
   * Base delay of the exponential backoff in milliseconds, used when the
   * server sends no `Retry-After` header. Attempt `n` waits between 50% and
   * 100% of `retryDelayMs * 2^n`, capped at 8 seconds. Defaults to 250.
   */
  retryDelayMs?: number;
}

/** Extra options for {@link TaskClient.createTask}. */
export interface CreateTaskOptions {
  /**
   * Sent as the `Idempotency-Key` header. Repeating a create with the same
   * key within 24 hours returns the task created the first time instead of
   * creating a duplicate, which makes retries of `createTask` safe.
   */
  idempotencyKey?: string;
}

/** Query values accepted by {@link buildUrl}; `undefined` entries are skipped. */
type QueryValues = Record<string, string | number | undefined>;

interface RequestOptions {
  query?: QueryValues;
  body?: unknown;
  headers?: Record<string, string>;
  /** Non-2xx statuses whose body is returned instead of thrown, without retrying. */
  acceptStatuses?: readonly number[];
}

/** Statuses that are worth retrying: the request was not processed. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
/** Upper bound for a single computed backoff delay. */
const MAX_BACKOFF_MS = 8_000;
/** A `Retry-After` longer than this is not waited for; the error is thrown instead. */
const MAX_RETRY_AFTER_MS = 60_000;

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 250;

/**
 * Joins the base URL, a path and query parameters into a request URL.
 *
 * @internal
 * @param baseUrl - Base URL without a trailing slash.
 * @param path - Path starting with `/`, already percent-encoded.
 * @param query - Query parameters; `undefined` values are left out.
 * @returns The absolute URL.
 */
export function buildUrl(baseUrl: string, path: string, query?: QueryValues): string {
  const url = new URL(baseUrl + path);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
  }
  return url.toString();
}

function taskPath(id: string, suffix = ""): string {
  if (typeof id !== "string" || id.length === 0) {
    throw new TypeError("task id must be a non-empty string");
  }
  return `/tasks/${encodeURIComponent(id)}${suffix}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Client for the Task Service HTTP API.
 *
 * One instance can be shared by the whole application; it holds no
 * per-request state. All methods return plain JSON objects typed by the
 * interfaces in this package.
 *
 * @example
 * ```ts
 * import { Priority, TaskClient } from "@example/task-client";
 *
 * const client = new TaskClient({
 *   baseUrl: "https://api.tasks.example.dev/v2",
 *   token: process.env.TASKS_TOKEN,
 * });
 *
 * const task = await client.createTask(
 *   { title: "Renew TLS certificate for status page", priority: Priority.High },
 *   { idempotencyKey: crypto.randomUUID() },
 * );
 * await client.completeTask(task.id);
 * ```
 */
export class TaskClient {
  /** Base URL requests are sent to, without a trailing slash. */
  readonly baseUrl: string;
  /** Per-attempt timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Number of retries after the first attempt. */
  readonly retries: number;
  /** Base delay of the exponential backoff in milliseconds. */
  readonly retryDelayMs: number;

  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;

  /**
   * Creates a client.
   *
   * @param options - Base URL, credentials, timeout and retry settings.
   * @throws TypeError if `baseUrl` is not an absolute URL or a numeric
   * option is negative.
   */
  constructor(options: TaskClientOptions) {
    const baseUrl = options.baseUrl?.replace(/\/+$/, "");
    if (!baseUrl || !URL.canParse(baseUrl)) {
      throw new TypeError(`TaskClient: baseUrl must be an absolute URL, got ${JSON.stringify(options.baseUrl)}`);
    }
    this.baseUrl = baseUrl;
    this.timeoutMs = nonNegative("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.retries = Math.floor(nonNegative("retries", options.retries ?? DEFAULT_RETRIES));
    this.retryDelayMs = nonNegative("retryDelayMs", options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * Lists one page of tasks, newest first.
   *
   * @param query - Optional filters (`status`, `assignee`) and paging
   * controls (`limit`, `cursor`).
   * @returns The page; pass its `nextCursor` back as `cursor` to get the
   * next one.
   * @throws {@link ValidationError} if `limit` is out of range or the cursor
   * is malformed.
   *
   * @example
   * ```ts
   * const page = await client.listTasks({ status: "open", limit: 50 });
   * console.log(page.items.length, page.nextCursor);
   * ```
   */
  listTasks(query: TaskListQuery = {}): Promise<Page<Task>> {
    return this.#request<Page<Task>>("GET", "/tasks", {
      query: {
        status: query.status,
        assignee: query.assignee,
        limit: query.limit,
        cursor: query.cursor,
      },
    });
  }

  /**
   * Iterates over every task matching the query, fetching pages lazily and
   * following `nextCursor` until the last page.
   *
   * @param query - Filters and page size; `cursor`, if set, is the starting point.
   * @returns An async iterator of tasks.
   *
   * @example
   * ```ts
   * for await (const task of client.iterateTasks({ assignee: "maria.okafor" })) {
   *   console.log(task.title);
   * }
   * ```
   */
  async *iterateTasks(query: TaskListQuery = {}): AsyncGenerator<Task, void, undefined> {
    let cursor = query.cursor;
    const seen = new Set<string>();
    for (;;) {
      const page = await this.listTasks({ ...query, cursor });
      yield* page.items;
      if (page.nextCursor === null || page.nextCursor === undefined) return;
      if (seen.has(page.nextCursor)) {
        throw new TaskApiError({
          status: 200,
          code: "pagination_loop",
          message: `server returned cursor ${JSON.stringify(page.nextCursor)} twice; stopping iteration`,
        });
      }
      seen.add(page.nextCursor);
      cursor = page.nextCursor;
    }
  }

  /**
   * Fetches one task.
   *
   * @param id - Task id, for example `tsk_01HZX3V9K2A7`.
   * @returns The task.
   * @throws {@link NotFoundError} if no task has this id.
   */
  getTask(id: string): Promise<Task> {
    return this.#request<Task>("GET", taskPath(id));
  }

  /**
   * Creates a task in the `open` state.
   *
   * @param input - Title and optional fields of the new task.
   * @param options - Optional `idempotencyKey`, which makes retrying the
   * call safe.
   * @returns The created task, with server-assigned `id` and timestamps.
   * @throws {@link ValidationError} if the input is invalid, for example an
   * empty title.
   *
   * @example
   * ```ts
   * const task = await client.createTask(
   *   { title: "Write Q3 postmortem", labels: ["incident"] },
   *   { idempotencyKey: "postmortem-2026-q3" },
   * );
   * ```
   */
  createTask(input: NewTask, options: CreateTaskOptions = {}): Promise<Task> {
    const headers: Record<string, string> = {};
    if (options.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey;
    return this.#request<Task>("POST", "/tasks", { body: input, headers });
  }

  /**
   * Partially updates a task (HTTP `PATCH`, JSON merge patch semantics).
   *
   * @param id - Task id.
   * @param patch - Fields to change; `null` clears `assignee` or `dueAt`.
   * @returns The task after the update.
   * @throws {@link NotFoundError} if no task has this id.
   * @throws {@link ValidationError} if the patch is invalid.
   */
  updateTask(id: string, patch: TaskPatch): Promise<Task> {
    return this.#request<Task>("PATCH", taskPath(id), { body: patch });
  }

  /**
   * Deletes a task and its comments. Deleting is permanent.
   *
   * @param id - Task id.
   * @returns Resolves once the task is gone.
   * @throws {@link NotFoundError} if no task has this id.
   */
  async deleteTask(id: string): Promise<void> {
    await this.#request<undefined>("DELETE", taskPath(id));
  }

  /**
   * Marks a task as done and records `completedAt`. Completing a task that
   * is already done is a no-op that returns it unchanged.
   *
   * @param id - Task id.
   * @returns The completed task.
   * @throws {@link NotFoundError} if no task has this id.
   * @throws {@link TaskApiError} with status 409 and code `conflict` if the
   * task was cancelled.
   */
  completeTask(id: string): Promise<Task> {
    return this.#request<Task>("POST", taskPath(id, "/complete"));
  }

  /**
   * Reopens a task: moves a `done` or `cancelled` task back to `open` and
   * clears `completedAt`.
   *
   * @param id - Task id.
   * @returns The reopened task.
   * @throws {@link NotFoundError} if the task does not exist.
   * @throws {@link TaskApiError} with status 409 if the task is open or in
   * progress.
   */
  reopenTask(id: string): Promise<Task> {
    return this.#request<Task>("POST", taskPath(id, "/reopen"));
  }

  /**
   * Reports the service's health from `GET /healthz`. Not retried: a
   * health probe should report what it sees right now.
   *
   * @returns The health report, including when the service reports itself
   * `down` with HTTP 503.
   */
  getHealth(): Promise<HealthStatus> {
    return this.#request<HealthStatus>("GET", "/healthz", { acceptStatuses: [503] });
  }

  async #request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = buildUrl(this.baseUrl, path, options.query);
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": `task-client-js/${SDK_VERSION}`,
      ...options.headers,
    };
    if (this.#token !== undefined) headers.authorization = `Bearer ${this.#token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    }
    const accepted = options.acceptStatuses ?? [];
    const maxRetries = accepted.length > 0 ? 0 : this.retries;

    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < maxRetries;
      let result: { response: Response; text: string };
      try {
        result = await this.#attempt(method, url, headers, body);
      } catch (error) {
        if (error instanceof TaskNetworkError && !(error instanceof TaskTimeoutError) && canRetry) {
          await sleep(this.#backoff(attempt));
          continue;
        }
        throw error;
      }

      const { response, text } = result;
      if (response.ok || accepted.includes(response.status)) {
        return decodeBody<T>(response, text);
      }

      const error = apiErrorFromBody(response.status, response.headers, text);
      if (canRetry && RETRYABLE_STATUSES.has(response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        const delay = retryAfter === undefined ? this.#backoff(attempt) : retryAfter * 1000;
        if (delay <= MAX_RETRY_AFTER_MS) {
          await sleep(delay);
          continue;
        }
      }
      throw error;
    }
  }

  /** Sends one request and reads the whole body, all within `timeoutMs`. */
  async #attempt(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Promise<{ response: Response; text: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const response = await this.#fetch(url, { method, headers, body, signal: controller.signal });
      const text = await response.text();
      return { response, text };
    } catch (error) {
      if (timedOut) {
        throw new TaskTimeoutError(`${method} ${url} timed out after ${this.timeoutMs} ms`, this.timeoutMs);
      }
      throw new TaskNetworkError(`${method} ${url} failed: ${describe(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  #backoff(attempt: number): number {
    const ceiling = Math.min(this.retryDelayMs * 2 ** attempt, MAX_BACKOFF_MS);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }
}

function decodeBody<T>(response: Response, text: string): T {
  if (text.length === 0) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new TaskApiError({
      status: response.status,
      code: "invalid_response",
      message: `expected a JSON body, got ${JSON.stringify(text.slice(0, 80))}: ${describe(error)}`,
      requestId: response.headers.get("x-request-id") ?? undefined,
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new TypeError(`TaskClient: ${name} must be a non-negative number, got ${value}`);
  }
  return value;
}
