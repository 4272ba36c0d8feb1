import { describe, expect, it } from "vitest";
import {
  NotFoundError,
  RateLimitedError,
  TaskApiError,
  ValidationError,
  errorFromResponse,
  parseRetryAfter,
} from "../src/index.js";

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

describe("errorFromResponse", () => {
  it("maps 404 to NotFoundError", async () => {
    const error = await errorFromResponse(
      jsonResponse(404, { error: { code: "not_found", message: "Task tsk_1 does not exist." } }, { "x-request-id": "req_abc" }),
    );

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.name).toBe("NotFoundError");
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("Task tsk_1 does not exist.");
    expect(error.requestId).toBe("req_abc");
    expect(error.details).toEqual([]);
    expect(error.stack).toContain("NotFoundError");
  });

  it("maps 422 to ValidationError and keeps well-formed details only", async () => {
    const error = await errorFromResponse(
      jsonResponse(422, {
        error: {
          code: "validation_failed",
          message: "The request body is invalid.",
          details: [{ field: "title", issue: "must not be empty" }, { field: 3 }, "garbage"],
        },
      }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual([{ field: "title", issue: "must not be empty" }]);
    expect(error.requestId).toBeUndefined();
  });

  it("maps 429 to RateLimitedError with Retry-After seconds", async () => {
    const error = await errorFromResponse(
      jsonResponse(429, { error: { code: "rate_limited", message: "Slow down." } }, { "retry-after": "17" }),
    );

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(17);
  });

  it("leaves retryAfterSeconds undefined when the header is missing", async () => {
    const error = await errorFromResponse(jsonResponse(429, { error: { code: "rate_limited", message: "Slow down." } }));
    expect((error as RateLimitedError).retryAfterSeconds).toBeUndefined();
  });

  it("maps other statuses to the base TaskApiError", async () => {
    const error = await errorFromResponse(jsonResponse(409, { error: { code: "conflict", message: "Task is cancelled." } }));

    expect(error.constructor).toBe(TaskApiError);
    expect(error.name).toBe("TaskApiError");
    expect(error.code).toBe("conflict");
  });

  it("falls back to a generic code for bodies that are not the error envelope", async () => {
    const html = await errorFromResponse(new Response("<h1>502 Bad Gateway</h1>", { status: 502 }));
    expect(html).toMatchObject({ status: 502, code: "http_502", message: "Task Service responded with HTTP 502" });

    const empty = await errorFromResponse(new Response(null, { status: 500 }));
    expect(empty).toMatchObject({ status: 500, code: "http_500" });

    const wrongShape = await errorFromResponse(jsonResponse(400, { message: "bad" }));
    expect(wrongShape).toMatchObject({ status: 400, code: "http_400" });

    const nullBody = await errorFromResponse(jsonResponse(400, null));
    expect(nullBody).toMatchObject({ status: 400, code: "http_400" });
  });
});

describe("parseRetryAfter", () => {
  it("parses delay-seconds", () => {
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter(" 120 ")).toBe(120);
  });

  it("parses an HTTP date relative to now and never goes negative", () => {
    const now = Date.parse("2026-03-02T09:00:00Z");
    expect(parseRetryAfter("Mon, 02 Mar 2026 09:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("Mon, 02 Mar 2026 08:59:00 GMT", now)).toBe(0);
  });

  it("returns undefined for a missing or unparseable header", () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter("-5")).toBeUndefined();
  });
});
