import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadPortalConfig } from '../../config/index.js';
import { PortalError } from '../../lib/errors.js';
import { RFC_TEMPLATE_FILE, lintRfcs, type RfcLintReport } from '../../lib/rfcs/index.js';
import { configOption } from '../options.js';

interface LintRfcsCommandOptions {
  dir?: string;
  json?: string;
  config?: string;
}

/** `portal lint rfcs [files...]`: checks RFC front matter, file names, sections and references. */
export function registerLintRfcsCommand(lint: Command): void {
  lint
    .command('rfcs')
    .description('check RFC front matter, file names, required sections and references; exit 1 on any problem')
    .argument('[files...]', 'only report these RFC files (default: every RFC in the RFC directory)')
    .option('--dir <rfcs-dir>', 'RFC directory (default: rfcs/ next to the portal configuration)')
    .option('--json <file>', 'also write the findings and the RFC list as JSON to <file>')
    .addOption(configOption())
    .action(async (files: string[], options: LintRfcsCommandOptions) => {
      // --dir makes the configuration unnecessary, so a project without one can still lint its RFCs.
      const dir = options.dir ? path.resolve(options.dir) : path.join((await loadPortalConfig(options.config)).rootDir, 'rfcs');
      const report = await lintRfcs({ dir, files: files.length > 0 ? files : undefined });
      const findings = relativeFindings(report);

      if (options.json) await writeJsonReport(options.json, report, findings);

      const rfcCount = report.checkedFiles.length - report.checkedFiles.filter((file) => RFC_TEMPLATE_FILE.test(path.basename(file))).length;
      if (findings.length === 0) {
        process.stdout.write(`${pc.green('✔')} ${plural(rfcCount, 'RFC')} checked, no problems\n`);
        return;
      }
      for (const finding of findings) process.stdout.write(`${finding.file}:${finding.line}: ${finding.message}\n`);
      const fileCount = new Set(findings.map((finding) => finding.file)).size;
      throw new PortalError(`${plural(findings.length, 'problem')} in ${plural(fileCount, 'file')}`, 1);
    });
}

/** Findings with paths relative to the working directory, sorted by file then line. */
function relativeFindings(report: RfcLintReport) {
  return report.findings
    .map((finding) => ({ ...finding, file: path.relative(process.cwd(), finding.file) || finding.file }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

async function writeJsonReport(target: string, report: RfcLintReport, findings: ReturnType<typeof relativeFindings>) {
  const file = path.resolve(target);
  const json = {
    problems: findings.length,
    files: new Set(findings.map((finding) => finding.file)).size,
    findings,
    checkedFiles: report.checkedFiles.map((checked) => path.relative(process.cwd(), checked) || checked),
    rfcs: report.rfcs,
  };
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  } catch (error) {
    throw new PortalError(`Cannot write the JSON report to ${file}`, 2, [error instanceof Error ? error.message : String(error)]);
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
