/**
 * Reading result files written by other tools (benchmarks, coverage): JSON
 * with located syntax errors, and problems that name the file and the place.
 */
export { jsonPointer, lineAndColumn, parseJsonLocated } from './json.js';
export type { JsonParseResult, JsonSyntaxProblem } from './json.js';
export { InputProblems, describeJsonValue, displayPath, formatPlace, parseResultJson, readResultFile, validateJson } from './problems.js';
export type { InputPlace, ResultFile } from './problems.js';
