import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { PortalError } from '../errors.js';
import { RFC_TEMPLATE_FILE, lintRfcs, type RfcMeta } from './lint.js';
import { plural } from '../core/text.js';

/**
 * Loads the metadata of every RFC in `dir` for the site, sorted by number.
 * The template (`0000-template.md`) and non-RFC files such as `index.md` are
 * left out.
 *
 * Only problems that make an RFC impossible to list (front matter missing,
 * not YAML, or failing the schema) stop the load; everything else (missing
 * sections, dangling references, a file name that does not match the title)
 * is left to `portal lint rfcs`, so a draft in progress does not break
 * `docusaurus start`.
 *
 * @throws {@link PortalError} (exit code 2) when `dir` does not exist or an
 * RFC's front matter is unusable; each problem is one `file:line: message` line.
 */
export async function loadRfcs(dir: string): Promise<RfcMeta[]> {
  const report = await lintRfcs({ dir });
  // lintRfcs reports real paths; resolve the directory the same way to match them.
  const root = await realpath(path.resolve(dir));
  const listed = new Set(report.rfcs.map((rfc) => path.resolve(root, rfc.file)));
  const unusable = report.checkedFiles.filter((file) => !listed.has(file) && !RFC_TEMPLATE_FILE.test(path.basename(file)));
  if (unusable.length > 0) {
    const problems = report.findings
      .filter((finding) => unusable.includes(finding.file))
      .map((finding) => `${path.relative(process.cwd(), finding.file) || finding.file}:${finding.line}: ${finding.message}`);
    throw new PortalError(
      `Cannot list ${plural(unusable.length, 'RFC')}: fix the front matter (run "portal lint rfcs" for every problem)`,
      2,
      problems,
    );
  }
  return report.rfcs;
}
