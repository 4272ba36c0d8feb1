/**
 * Reading result files written by other tools (benchmarks, coverage): JSON
 * with located syntax errors, and problems that name the file and the place.
 */
export { jsonPointer, lineAndColumn, parseJsonLocated } from './json.js';
export type { JsonParseResult, JsonParsed, JsonRejected, JsonSyntaxProblem, TextPosition } from './json.js';
export { InputProblems, describeJsonValue, describePlace, displayPath, formatPlace, parseResultJson, readResultFile, validateJson } from './problems.js';
export type { InputPlace, LinePlace, PointerPlace, ResultFile } from './problems.js';
