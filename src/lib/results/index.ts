/**
 * Reading result files written by other tools (benchmarks, coverage): JSON
 * with located syntax errors, and problems that name the file and the place.
 */
export { jsonPointer, lineAndColumn, parseJsonLocated } from './located-json.js';
export type { JsonParseResult, JsonParsed, JsonRejected, JsonSyntaxProblem, TextPosition } from './located-json.js';
export { InputProblems, describePlace, formatPlace, parseResultJson, readResultFile, validateJson } from './problems.js';
export type { InputPlace, LinePlace, PointerPlace, ResultFile } from './problems.js';
export {
  MAX_JSON_DEPTH,
  MAX_MARKDOWN_DEPTH,
  MAX_RESULT_FILE_BYTES,
  MAX_SOURCE_FILE_BYTES,
  MAX_SPEC_FILE_BYTES,
  MAX_XML_DEPTH,
  MAX_YAML_ALIAS_COUNT,
  assertFileSize,
  assertMarkdownNesting,
  findJsonDepthExcess,
  findMarkdownDepthExcess,
  findXmlLimitExcess,
  yamlToJsBounded,
} from './limits.js';
export type { DepthExcess, YamlAliasExcess } from './limits.js';
