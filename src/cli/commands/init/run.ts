import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { detectProject, planPortalInit, writePortalInit, type InitPlan, type ProjectDetection } from '../../../lib/init/index.js';

/** Options of `portal init`, as commander hands them over. */
export interface InitCommandOptions {
  from?: string;
  force?: boolean;
}

/** Portico's own folder: the config's type import points into its src/config/. */
const PORTICO_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

/** The action of `portal init`. */
export async function runInit(dir: string | undefined, options: InitCommandOptions): Promise<void> {
  const from = options.from === undefined ? undefined : path.resolve(options.from);
  // Next to the project's sources by default, so the portal is committed with them.
  const target = path.resolve(dir ?? path.join(from ?? '.', 'portal'));
  const detection = from ? detectProject(from, { exclude: [target] }) : undefined;
  const plan = planPortalInit({
    dir: target,
    ...(detection ? { detection } : {}),
    porticoDir: PORTICO_DIR,
    fallbackTitle: path.basename(from ?? process.cwd()) || 'My project',
    today: new Date().toISOString().slice(0, 10),
  });
  if (detection) process.stdout.write(describeDetection(detection));
  writePortalInit(plan, options.force === true);
  process.stdout.write(describePlan(plan));
}

const shown = (file: string) => path.relative(process.cwd(), file) || '.';

/** What was found in the repository, one line per input, then what was left out. */
export function describeDetection(detection: ProjectDetection): string {
  const lines = [`Detected in ${shown(detection.rootDir)}:`];
  const item = (label: string, values: string[]) => lines.push(`  ${label}: ${values.length > 0 ? values.join(', ') : pc.dim('none found')}`);
  item('package', detection.packageName ? [detection.packageName] : []);
  item('repository', detection.repository ? [`${detection.repository} (from ${detection.repositorySource})`] : []);
  item('TypeScript entry points', detection.apiPackages.flatMap((pkg) => pkg.entryPoints.map(shown)));
  item('OpenAPI specs', detection.openapiSpecs.map((spec) => `${shown(spec.file)} (${spec.version})`));
  item('changelog', detection.changelog ? [shown(detection.changelog)] : []);
  item(
    'alert rules',
    detection.alertRules.map((rules) => `${shown(rules.file)} (${rules.alerts.length} alerts, ${rules.withoutRunbookUrl.length} without runbook_url)`),
  );
  item('coverage reports', detection.coverage.map((entry) => `${shown(entry.file)} (${entry.format})`));
  item('benchmark results', detection.benchmarks.map((entry) => `${shown(entry.file)} (${entry.format})`));
  for (const note of detection.notes) lines.push(`  ${pc.yellow('note')}: ${note}`);
  if (detection.truncated) lines.push(`  ${pc.yellow('note')}: the search stopped after its file limit; add anything missing to the config by hand`);
  return `${lines.join('\n')}\n`;
}

function describePlan(plan: InitPlan): string {
  const config = shown(plan.configFile);
  return [
    `${pc.green('✔')} Created a portal in ${shown(plan.dir)}:`,
    ...plan.files.map(({ file }) => `  ${path.relative(plan.dir, file)}`),
    'Next:',
    `  1. Read ${config}: set site.url (and site.repository if it is a placeholder).`,
    `  2. npx portal config check --config ${config}`,
    `  3. npx portal build --config ${config}   (the site goes to ${shown(path.join(plan.dir, 'build'))})`,
    '',
  ].join('\n');
}
