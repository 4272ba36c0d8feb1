/**
 * `@example/task-client`: the official TypeScript client for the Task Service
 * HTTP API.
 *
 * Create a {@link TaskClient} with the API's base URL and a bearer token,
 * then call its methods; failures surface as {@link TaskApiError} (HTTP
 * errors) or {@link TaskNetworkError} (no response at all).
 *
 * @example
 * ```ts
 * import { NotFoundError, TaskClient } from "@example/task-client";
 *
 * const client = new TaskClient({ baseUrl: "https://api.tasks.example.dev/v2", token });
 * try {
 *   const task = await client.getTask("tsk_01HZX3V9K2A7");
 *   console.log(task.status);
 * } catch (err) {
 *   if (!(err instanceof NotFoundError)) throw err;
 * }
 * ```
 *
 * @packageDocumentation
 */

export { SDK_VERSION, TaskClient } from "./client.js";
export type { CreateTaskOptions, TaskClientOptions } from "./client.js";
export {
  NotFoundError,
  RateLimitedError,
  TaskApiError,
  TaskNetworkError,
  TaskTimeoutError,
  ValidationError,
  errorFromResponse,
  parseRetryAfter,
} from "./errors.js";
export type { ApiErrorBody, ApiErrorInfo, FieldError, TaskApiErrorInit } from "./errors.js";
export { Priority } from "./types.js";
export type {
  HealthCheck,
  HealthState,
  HealthStatus,
  NewTask,
  Page,
  Task,
  TaskListQuery,
  TaskPatch,
  TaskStatus,
} from "./types.js";
