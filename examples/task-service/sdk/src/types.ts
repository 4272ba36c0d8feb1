// Data types exchanged with the Task Service HTTP API.
//
// Field names match the JSON wire format described in
// `openapi/task-service.yaml` one-to-one, so values returned by the client
// are the decoded response bodies without any renaming. Timestamps are
// RFC 3339 strings in UTC (for example `2026-03-02T09:15:00Z`).

/**
 * Lifecycle state of a task.
 *
 * - `open`: created and not yet started.
 * - `in_progress`: someone is working on it.
 * - `done`: finished; only reachable through {@link TaskClient.completeTask}.
 * - `cancelled`: abandoned; a cancelled task cannot be completed.
 */
export type TaskStatus = "open" | "in_progress" | "done" | "cancelled";

/**
 * How urgent a task is. Serialised as the lowercase member value.
 */
export enum Priority {
  /** Can wait; picked up when nothing more important is queued. */
  Low = "low",
  /** The default priority for new tasks. */
  Normal = "normal",
  /** Should be handled before normal work. */
  High = "high",
  /** Needs attention now; usually pages the owning team. */
  Urgent = "urgent",
}

/**
 * A task as stored by the Task Service.
 *
 * @example
 * ```json
 * {
 *   "id": "tsk_01HZX3V9K2A7",
 *   "title": "Rotate staging database credentials",
 *   "status": "in_progress",
 *   "priority": "high",
 *   "assignee": "maria.okafor",
 *   "labels": ["security", "staging"],
 *   "dueAt": "2026-03-06T17:00:00Z",
 *   "createdAt": "2026-03-02T09:15:00Z",
 *   "updatedAt": "2026-03-03T11:40:12Z"
 * }
 * ```
 */
export interface Task {
  /** Server-assigned identifier, prefixed with `tsk_`. Read-only. */
  id: string;
  /** Short human-readable title, 1 to 200 characters. */
  title: string;
  /** Optional longer description in Markdown, up to 10 000 characters. */
  description?: string;
  /** Current lifecycle state. */
  status: TaskStatus;
  /** Urgency of the task. */
  priority: Priority;
  /** Username of the person the task is assigned to, if anyone. */
  assignee?: string;
  /** Free-form labels used for filtering and grouping; may be empty. */
  labels: string[];
  /** When the task is due, if a deadline was set. */
  dueAt?: string;
  /** When the task was created. Read-only. */
  createdAt: string;
  /** When the task was last modified. Read-only. */
  updatedAt: string;
  /** When the task was completed; present only while `status` is `done`. Read-only. */
  completedAt?: string;
}

/**
 * Input for {@link TaskClient.createTask}. Only `title` is required; new
 * tasks always start in the `open` state.
 */
export interface NewTask {
  /** Short human-readable title, 1 to 200 characters. */
  title: string;
  /** Optional longer description in Markdown. */
  description?: string;
  /** Urgency of the task; defaults to {@link Priority.Normal}. */
  priority?: Priority;
  /** Username to assign the task to. */
  assignee?: string;
  /** Labels to attach; defaults to an empty list. */
  labels?: string[];
  /** Deadline as an RFC 3339 timestamp. */
  dueAt?: string;
}

/**
 * Partial update for {@link TaskClient.updateTask}, sent as a JSON merge
 * patch: omitted fields are left unchanged and `null` clears a field.
 *
 * Setting `status` to `done` is rejected with a validation error; use
 * {@link TaskClient.completeTask} instead so that `completedAt` is recorded.
 */
export interface TaskPatch {
  /** New title, 1 to 200 characters. */
  title?: string;
  /** New description; an empty string clears it. */
  description?: string;
  /** New lifecycle state: `open`, `in_progress` or `cancelled`. */
  status?: Exclude<TaskStatus, "done">;
  /** New priority. */
  priority?: Priority;
  /** New assignee, or `null` to unassign the task. */
  assignee?: string | null;
  /** Replacement label list (the whole list is replaced, not merged). */
  labels?: string[];
  /** New deadline, or `null` to remove the deadline. */
  dueAt?: string | null;
}

/**
 * Filters and paging controls for {@link TaskClient.listTasks} and
 * {@link TaskClient.iterateTasks}.
 */
export interface TaskListQuery {
  /** Only return tasks in this state. */
  status?: TaskStatus;
  /** Only return tasks assigned to this username. */
  assignee?: string;
  /** Maximum number of tasks per page, 1 to 100 (server default 20). */
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

/**
 * One page of a cursor-paginated listing.
 *
 * @typeParam T - Type of the items on the page.
 */
export interface Page<T> {
  /** Items on this page, in the server's order (newest first for tasks). */
  items: T[];
  /** Cursor for the next page, or `null` when this is the last page. */
  nextCursor: string | null;
}

/** Health of the service as a whole or of one of its dependencies. */
export type HealthState = "ok" | "degraded" | "down";

/** Result of one dependency check reported by `GET /healthz`. */
export interface HealthCheck {
  /** Outcome of the check. */
  status: HealthState;
  /** How long the check took, in milliseconds. */
  latencyMs?: number;
  /** Human-readable explanation when the check is not `ok`. */
  message?: string;
}

/**
 * Body of `GET /healthz`. The endpoint answers `200` when the service is
 * `ok` or `degraded` and `503` when it is `down`; the client returns the
 * body in both cases.
 */
export interface HealthStatus {
  /** Overall health, the worst of the individual checks. */
  status: HealthState;
  /** Deployed service version, for example `3.0.0`. */
  version: string;
  /** Seconds since the serving process started. */
  uptimeSeconds: number;
  /** Individual dependency checks keyed by name, such as `database`. */
  checks: Record<string, HealthCheck>;
}
