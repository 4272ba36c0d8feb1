import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { MAX_SOURCE_FILE_BYTES, yamlToJsBounded } from '../results/limits.js';
import * as z from 'zod';
import { PortalError } from '../errors.js';
import { yamlLineOfPath as lineOfPath } from '../markdown/document.js';
import { displayPath } from '../core/files.js';
import { formatZodIssue } from '../core/zod-issues.js';
import { plural } from '../core/text.js';

/** One Prometheus alerting rule, with where it was defined. */
export interface AlertRule {
  /** The rule's `alert:` name. */
  alert: string;
  /** The PromQL expression. */
  expr: string;
  /** How long the condition must hold before the alert fires, e.g. `5m`. */
  for?: string;
  /** Labels added to the alert (values as strings). */
  labels: Record<string, string>;
  /** Annotations of the alert; `runbook_url` is the one Portico checks. */
  annotations: Record<string, string>;
  /** Name of the rule group. */
  group: string;
  /** Absolute path of the rule file. */
  file: string;
  /** 1-based line of the `alert:` key. */
  line: number;
}

/** The alerts of one rule file, or why the file cannot be used. */
export interface ParsedAlertRuleFile {
  /** Alerting rules in file order; recording rules are left out. */
  rules: AlertRule[];
  /** `file:line: message` lines; any problem makes the file unusable. */
  problems: string[];
}

/** API group and version of the Prometheus Operator's `PrometheusRule` resource. */
export const PROMETHEUS_RULE_API_VERSION = 'monitoring.coreos.com/v1';

const SHAPE_HINT = 'a Prometheus rule file ("groups:" with "rules:") or a Kubernetes PrometheusRule resource';

/** Label and annotation values are strings in Prometheus; YAML numbers and booleans are read as their text. */
const stringMap = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], { error: 'expected a string value' }).transform(String),
  { error: 'expected a mapping of names to string values' },
);

const ruleSchema = z
  .looseObject({
    alert: z.string({ error: 'expected an alert name (string)' }).min(1, { error: 'expected a non-empty alert name' }).optional(),
    record: z.string({ error: 'expected a metric name (string)' }).min(1, { error: 'expected a non-empty metric name' }).optional(),
    expr: z
      .union([z.string(), z.number()], { error: 'expected a PromQL expression (string)' })
      .transform(String)
      .refine((value) => value.trim().length > 0, { error: 'expected a non-empty PromQL expression' }),
    for: z.string({ error: 'expected a duration such as "5m"' }).optional(),
    labels: stringMap.nullish(),
    annotations: stringMap.nullish(),
  }, { error: 'expected a rule: a mapping with "alert:" or "record:" and "expr:"' })
  .superRefine((rule, ctx) => {
    if (rule.alert === undefined && rule.record === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected "alert:" or "record:" in every rule', input: rule });
    } else if (rule.alert !== undefined && rule.record !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected only one of "alert:" and "record:" in a rule', input: rule });
    }
  });

const groupSchema = z.looseObject({
  name: z.string({ error: 'expected a group name (string)' }).min(1, { error: 'expected a non-empty group name' }),
  rules: z.array(ruleSchema, { error: 'expected a list of rules' }).nullish(),
}, { error: 'expected a rule group: a mapping with "name:" and "rules:"' });

const groupsSchema = z
  .array(groupSchema, { error: 'expected a list of rule groups' })
  .nullish()
  .superRefine((groups, ctx) => {
    const seen = new Set<string>();
    groups?.forEach((group, index) => {
      if (seen.has(group.name)) {
        ctx.addIssue({ code: 'custom', message: `expected unique group names, "${group.name}" is repeated`, path: [index, 'name'], input: group.name });
      }
      seen.add(group.name);
    });
  });

const ruleFileSchema = z.looseObject({ groups: groupsSchema });

const prometheusRuleSchema = z.looseObject({
  apiVersion: z.literal(PROMETHEUS_RULE_API_VERSION, { error: `expected "${PROMETHEUS_RULE_API_VERSION}"` }),
  kind: z.literal('PrometheusRule'),
  spec: z.looseObject({ groups: groupsSchema }, { error: 'expected a mapping with "groups:"' }),
});

/**
 * Reads alerting rules from Prometheus rule files and Kubernetes
 * `PrometheusRule` resources; a file may hold several YAML documents.
 *
 * @param files - Paths of the rule files (relative paths are resolved from the working directory).
 * @throws {@link PortalError} (exit 2) when a file cannot be read, is not
 * valid YAML or has the wrong shape; every problem is one `file:line: message` line.
 */
export async function loadAlertRules(files: readonly string[]): Promise<AlertRule[]> {
  const rules: AlertRule[] = [];
  const problems: string[] = [];
  for (const given of files) {
    const file = path.resolve(given);
    const shown = displayPath(file);
    let text: string;
    try {
      const { size } = await stat(file);
      if (size > MAX_SOURCE_FILE_BYTES) {
        problems.push(`${shown}: the file has ${size} bytes, expected at most ${MAX_SOURCE_FILE_BYTES} for an alert rule file`);
        continue;
      }
      text = await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'cannot be read';
      problems.push(`${shown}: ${reason}`);
      continue;
    }
    const parsed = parseAlertRuleFile(text, file, shown);
    rules.push(...parsed.rules);
    problems.push(...parsed.problems);
  }
  if (problems.length > 0) {
    const count = plural(problems.length, 'problem');
    throw new PortalError(`Cannot read the alert rules (${count}); expected ${SHAPE_HINT}`, 2, problems);
  }
  return rules;
}

/**
 * Parses the text of one rule file. Pure: `file` is recorded in each rule,
 * `shownAs` is how problems name the file.
 */
export function parseAlertRuleFile(text: string, file: string, shownAs: string = file): ParsedAlertRuleFile {
  const rules: AlertRule[] = [];
  const problems: string[] = [];
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const report = (line: number, message: string) => problems.push(`${shownAs}:${line}: ${message}`);

  if (!Array.isArray(docs) || docs.length === 0) {
    report(1, `the file is empty; expected ${SHAPE_HINT}`);
    return { rules, problems };
  }
  let ruleDocuments = 0;
  for (const doc of docs) {
    const [syntaxError] = doc.errors;
    if (syntaxError) {
      // Only the first: the parser's later errors are usually echoes of it.
      report(lineAt(syntaxError.pos[0]), `YAML syntax error: ${syntaxError.message.split(' at line ')[0]}`);
      continue;
    }
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) continue; // empty document, e.g. a trailing `---`
    const docLine = lineAt(contents.range?.[0] ?? 0);
    if (!isMap(contents)) {
      report(docLine, `expected ${SHAPE_HINT}, got ${isScalar(contents) ? 'a single value' : 'a list'}`);
      continue;
    }
    const bounded = yamlToJsBounded(doc);
    if (!bounded.ok) {
      report(lineAt(bounded.excess.offset), bounded.excess.message);
      continue;
    }
    const raw = bounded.value as Record<string, unknown>;
    let prefix: string[];
    let parsed: { groups?: z.output<typeof groupsSchema> };
    if (raw.kind !== undefined) {
      // A Kubernetes manifest may carry other resources next to the PrometheusRule.
      if (raw.kind !== 'PrometheusRule') continue;
      prefix = ['spec'];
      const result = prometheusRuleSchema.safeParse(raw, { reportInput: true });
      if (!result.success) {
        reportIssues(result.error.issues, doc, lineAt, docLine, report);
        continue;
      }
      parsed = result.data.spec;
    } else if ('groups' in raw) {
      prefix = [];
      const result = ruleFileSchema.safeParse(raw, { reportInput: true });
      if (!result.success) {
        reportIssues(result.error.issues, doc, lineAt, docLine, report);
        continue;
      }
      parsed = result.data;
    } else {
      report(docLine, `expected ${SHAPE_HINT}; this document has neither "groups:" nor "kind: PrometheusRule"`);
      continue;
    }
    ruleDocuments++;
    (parsed.groups ?? []).forEach((group, groupIndex) => {
      (group.rules ?? []).forEach((rule, ruleIndex) => {
        if (rule.alert === undefined) return; // a recording rule
        const rulePath = [...prefix, 'groups', groupIndex, 'rules', ruleIndex, 'alert'];
        rules.push({
          alert: rule.alert,
          expr: rule.expr,
          ...(rule.for !== undefined ? { for: rule.for } : {}),
          labels: rule.labels ?? {},
          annotations: rule.annotations ?? {},
          group: group.name,
          file,
          line: lineOfPath(doc, rulePath, lineAt, docLine),
        });
      });
    });
  }
  if (ruleDocuments === 0 && problems.length === 0) {
    report(1, `no rule groups found; expected ${SHAPE_HINT}`);
  }
  return { rules, problems };
}

function reportIssues(
  issues: readonly z.core.$ZodIssue[],
  doc: Document,
  lineAt: (offset: number) => number,
  docLine: number,
  report: (line: number, message: string) => void,
): void {
  for (const issue of issues) {
    report(lineOfPath(doc, issue.path, lineAt, docLine), formatZodIssue(issue, { root: '(document)' }));
  }
}
