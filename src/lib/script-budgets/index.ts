/**
 * Script budgets: the gzipped JavaScript the heaviest page of each kind loads
 * before it is interactive, held against `budgets.scripts` in portal.config.ts
 * (`portal check scripts`, gate `gates.scriptBudgets`). Counted from the built
 * HTML, so the figures do not depend on the machine.
 */
export { SCRIPT_BUDGET_KINDS, SCRIPT_BUDGET_KIND_INFO, SCRIPT_BUDGET_TOLERANCE, scriptBudgetKindOf, type ScriptBudgetKind } from './kinds.js';
export { checkScriptBudgets, formatKb, type HeaviestPage, type ScriptBudgetInput, type ScriptBudgetKindResult, type ScriptBudgetReport, type ScriptBudgets } from './check.js';
export { formatScriptBudgetReport, scriptBudgetReportToJson, type ScriptBudgetReportJson } from './report.js';
