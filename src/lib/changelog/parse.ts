/**
 * The changelog parser's entry. The parts live in ./parse/: headings.ts (release
 * heading recognition, versions), dates.ts (release dates), release-body.ts
 * (sections, entries, body Markdown), slugs.ts (slugs, duplicate versions),
 * mdast.ts (the Markdown parser and tree walk) and document.ts (the document walk).
 */
export { parseChangelog, type ChangelogParseResult } from './parse/document.js';
export { IMPLICIT_SECTION_TITLE } from './parse/release-body.js';
