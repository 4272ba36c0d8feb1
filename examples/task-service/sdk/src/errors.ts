// Errors raised by the Task Service client.
//
// Every non-2xx response becomes a TaskApiError (or one of its
// subclasses); failures that never produced a response become a
// TaskNetworkError.

/** One problem with one field of a rejected request body. */
export interface FieldError {
  /** Dotted path of the offending field, for example `title` or `labels[2]`. */
  field: string;
  /** What is wrong with it, for example `must not be empty`. */
  issue: string;
}

/**
 * Shape of every error response body returned by the Task Service.
 *
 * @example
 * ```json
 * {
 *   "error": {
 *     "code": "validation_failed",
 *     "message": "The request body is invalid.",
 *     "details": [{ "field": "title", "issue": "must not be empty" }]
 *   }
 * }
 * ```
 */
export interface ApiErrorBody {
  /** The error itself. */
  error: ApiErrorInfo;
}

/** The `error` object inside an {@link ApiErrorBody}. */
export interface ApiErrorInfo {
  /** Stable, machine-readable error code such as `not_found`. */
  code: string;
  /** Human-readable description; wording may change between releases. */
  message: string;
  /** Per-field problems, present on validation failures. */
  details?: FieldError[];
}

/** Constructor input shared by {@link TaskApiError} and its subclasses. */
export interface TaskApiErrorInit {
  /** HTTP status code of the response. */
  status: number;
  /** Machine-readable error code from the response body. */
  code: string;
  /** Human-readable message from the response body. */
  message: string;
  /** Value of the `x-request-id` response header, if present. */
  requestId?: string;
  /** Per-field problems from the response body, if any. */
  details?: FieldError[];
}

/**
 * The Task Service answered with a non-2xx status.
 *
 * Use `code` for programmatic decisions and quote `requestId` when
 * reporting a problem to the service owners.
 *
 * @example
 * ```ts
 * try {
 *   await client.deleteTask(id);
 * } catch (err) {
 *   if (err instanceof TaskApiError && err.status === 409) {
 *     console.warn(`conflict (request ${err.requestId})`);
 *   } else {
 *     throw err;
 *   }
 * }
 * ```
 */
export class TaskApiError extends Error {
  /** Name of the error class, used in stack traces and logs. */
  override name = "TaskApiError";
  /** HTTP status code of the response, for example `409`. */
  readonly status: number;
  /** Machine-readable error code, for example `conflict`. */
  readonly code: string;
  /** Request id from the `x-request-id` response header, if the server sent one. */
  readonly requestId: string | undefined;
  /** Per-field problems reported by the server; empty when there are none. */
  readonly details: readonly FieldError[];

  /**
   * Creates an error from a decoded error response.
   *
   * @param init - Status, code, message and optional request id and details.
   */
  constructor(init: TaskApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
  }
}

/** The requested task (or other resource) does not exist: HTTP 404. */
export class NotFoundError extends TaskApiError {
  /** Name of the error class, used in stack traces and logs. */
  override name = "NotFoundError";
}

/**
 * The request body failed validation: HTTP 422.
 *
 * @example
 * ```ts
 * try {
 *   await client.createTask({ title: "" });
 * } catch (err) {
 *   if (err instanceof ValidationError) {
 *     for (const { field, issue } of err.fieldErrors) console.log(`${field}: ${issue}`);
 *   }
 * }
 * ```
 */
export class ValidationError extends TaskApiError {
  /** Name of the error class, used in stack traces and logs. */
  override name = "ValidationError";

  /** The problems the server found, one entry per field and issue. */
  get fieldErrors(): readonly FieldError[] {
    return this.details;
  }

  /**
   * Lists the issues reported for one field.
   *
   * @param field - Field path as reported by the server, for example `title`.
   * @returns The issue texts for that field; empty when the field had none.
   */
  issuesFor(field: string): string[] {
    return this.details.filter((d) => d.field === field).map((d) => d.issue);
  }
}

/**
 * Too many requests: HTTP 429. Thrown once the client's retries are used
 * up, or straight away when the server asks for a wait longer than the
 * client is willing to sleep.
 */
export class RateLimitedError extends TaskApiError {
  /** Name of the error class, used in stack traces and logs. */
  override name = "RateLimitedError";
  /** Seconds the server asked the caller to wait (`Retry-After`), if given. */
  readonly retryAfterSeconds: number | undefined;

  /**
   * Creates a rate-limit error.
   *
   * @param init - Status, code, message and optional request id and details.
   * @param retryAfterSeconds - Parsed `Retry-After` header, if present.
   */
  constructor(init: TaskApiErrorInit, retryAfterSeconds?: number) {
    super(init);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * The request never produced an HTTP response: DNS failure, refused or
 * reset connection, TLS error. The underlying error is kept in `cause`.
 */
export class TaskNetworkError extends Error {
  /** Name of the error class, used in stack traces and logs. */
  override name = "TaskNetworkError";

  /**
   * Creates a network error.
   *
   * @param message - What went wrong, including the method and URL.
   * @param options - `cause`: the error thrown by `fetch`, if any.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The request did not complete within the client's `timeoutMs`. Timeouts
 * are not retried, because the server may still be processing the request.
 */
export class TaskTimeoutError extends TaskNetworkError {
  /** Name of the error class, used in stack traces and logs. */
  override name = "TaskTimeoutError";
  /** The timeout that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  /**
   * Creates a timeout error.
   *
   * @param message - What timed out, including the method and URL.
   * @param timeoutMs - The timeout that was exceeded, in milliseconds.
   */
  constructor(message: string, timeoutMs: number) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Parses a `Retry-After` header value, given either as delay-seconds or as
 * an HTTP date.
 *
 * @param value - Raw header value, or `null` when the header is absent.
 * @param now - Current time in milliseconds, for HTTP-date values.
 * @returns The delay in whole seconds (never negative), or `undefined` when
 * the header is absent or unparseable.
 *
 * @example
 * ```ts
 * parseRetryAfter("3");                              // 3
 * parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT");  // seconds until then
 * parseRetryAfter(null);                             // undefined
 * ```
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // HTTP dates look like "Wed, 21 Oct 2026 07:28:00 GMT"; anything else (such
  // as "-5", which Date.parse reads as a year) is rejected.
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as FieldError).field === "string" &&
    typeof (value as FieldError).issue === "string"
  );
}

/**
 * Builds the right error for an error response whose body has already been
 * read. {@link errorFromResponse} is the public entry point.
 *
 * @internal
 * @param status - HTTP status code.
 * @param headers - Response headers.
 * @param bodyText - Raw response body; may be empty or not JSON at all.
 * @returns The error to throw.
 */
export function apiErrorFromBody(status: number, headers: Headers, bodyText: string): TaskApiError {
  let code = `http_${status}`;
  let message = `Task Service responded with HTTP ${status}`;
  let details: FieldError[] | undefined;

  try {
    const parsed = JSON.parse(bodyText) as Partial<ApiErrorBody> | null;
    const envelope = parsed?.error;
    if (envelope && typeof envelope === "object") {
      if (typeof envelope.code === "string") code = envelope.code;
      if (typeof envelope.message === "string") message = envelope.message;
      if (Array.isArray(envelope.details)) details = envelope.details.filter(isFieldError);
    }
  } catch {
    // Not JSON (for example an HTML page from a proxy): keep the generic code and message.
  }

  const init: TaskApiErrorInit = {
    status,
    code,
    message,
    requestId: headers.get("x-request-id") ?? undefined,
    details,
  };

  switch (status) {
    case 404:
      return new NotFoundError(init);
    case 422:
      return new ValidationError(init);
    case 429:
      return new RateLimitedError(init, parseRetryAfter(headers.get("retry-after")));
    default:
      return new TaskApiError(init);
  }
}

/**
 * Maps an error response to the matching error class: 404 to
 * {@link NotFoundError}, 422 to {@link ValidationError}, 429 to
 * {@link RateLimitedError}, anything else to {@link TaskApiError}.
 *
 * The body is consumed. Bodies that are not in the documented error shape
 * still produce an error, with code `http_<status>`.
 *
 * @param response - A response with a non-2xx status.
 * @returns The error to throw; this function never rejects.
 *
 * @example
 * ```ts
 * const res = await fetch(`${baseUrl}/tasks/${id}`);
 * if (!res.ok) throw await errorFromResponse(res);
 * ```
 */
export async function errorFromResponse(response: Response): Promise<TaskApiError> {
  let bodyText = "";
  try {
    bodyText = await response.text();
  } catch {
    // The body could not be read (connection dropped mid-body); map the status alone.
  }
  return apiErrorFromBody(response.status, response.headers, bodyText);
}
