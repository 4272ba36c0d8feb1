import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatFieldPath, formatZodIssue, unknownFieldsMessage, zodIssueMessage } from '../../../src/lib/core/zod-issues.js';

const schema = z.strictObject({
  name: z.string(),
  gates: z.strictObject({ links: z.enum(['error', 'warn', 'off']).optional(), anchors: z.enum(['error', 'warn', 'off']).optional() }).optional(),
  packages: z.array(z.strictObject({ tsconfig: z.string() })).default([]),
});

function messages(value: unknown, root?: string): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected issues');
  return result.error.issues.map((issue) => formatZodIssue(issue, { schema, ...(root ? { root } : {}) }));
}

describe('formatZodIssue', () => {
  it('says the dotted path, what it got and what it expected', () => {
    expect(messages({ name: 42, packages: [{ tsconfig: ['a', 'b'] }] })).toEqual([
      'name: got 42, expected string',
      'packages[0].tsconfig: got a list of 2 items, expected string',
    ]);
  });

  it('says "missing" for a required field that is not there', () => {
    expect(messages({ packages: [{}] })).toEqual(['name: missing, expected string', 'packages[0].tsconfig: missing, expected string']);
  });

  it('names the allowed fields, and the likely one, for unknown fields', () => {
    expect(messages({ name: 'x', gates: { link: 'warn' } })).toEqual([
      'gates: unknown field "link" (did you mean "links"?), expected one of "links", "anchors"',
    ]);
    expect(messages({ name: 'x', extra: 1, other: 2 }, 'front matter')).toEqual([
      'front matter: unknown fields "extra", "other", expected one of "name", "gates", "packages"',
    ]);
  });

  it('words enum problems the same for every caller', () => {
    expect(messages({ name: 'x', gates: { links: 'fatal' } })).toEqual(['gates.links: got "fatal", expected one of "error", "warn", "off"']);
  });
});

describe('zodIssueMessage and helpers', () => {
  it('gives the message without the place, for callers that place it themselves', () => {
    const result = z.object({ mean: z.number() }).safeParse({ mean: 'fast' }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(zodIssueMessage(result.error!.issues[0]!)).toBe('got "fast", expected number');
  });

  it('writes paths as the user does and says unknown fields without a schema', () => {
    expect(formatFieldPath(['api', 'packages', 0, 'name'])).toBe('api.packages[0].name');
    expect(formatFieldPath([])).toBe('');
    expect(unknownFieldsMessage(['x'])).toBe('unknown field "x", expected only the documented fields');
  });
});
