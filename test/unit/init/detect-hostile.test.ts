import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectProject } from '../../../src/lib/init/index.js';
import { makeRealProject } from './project.js';

const repos: { remove(): void }[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));
function repo(): string {
  const made = makeRealProject();
  repos.push(made);
  return made.dir;
}

// Issue 22: `^\s*…` with the m flag let `\s*` run across line ends, so on long runs of
// blank lines or spaces every line start rescanned the rest of the text (quadratic: 250,000
// blank lines in .git/config took minutes, as did one line of 500,000 spaces in a YAML file).
describe('portal init detection on adversarial text', () => {
  it('a .git/config with 250,000 blank lines before the url of origin: the url is still read', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'widgets', types: 'index.d.ts' }));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(
      path.join(dir, '.git/config'),
      `[core]\n\tbare = false\n[remote "origin"]\n${' \n'.repeat(250_000)}\tfetch = +refs/heads/*:refs/remotes/origin/*\n\turl = git@github.com:acme/widgets.git\n`,
    );
    const found = detectProject(dir);
    expect(found.repository).toBe('https://github.com/acme/widgets');
    expect(found.repositorySource).toBe('the git remote "origin"');
  });

  it('a rule file with a line of 500,000 spaces before its first alert: the alert is still found', () => {
    const dir = repo();
    const rules = `groups:\n  - name: padded\n    rules:\n${' '.repeat(500_000)}# padding\n      - alert: PaddedAlert\n        expr: up == 0\n`;
    writeFileSync(path.join(dir, 'alerts/padded.yml'), rules);
    const found = detectProject(dir);
    const padded = found.alertRules.find((rule) => rule.file === path.join(dir, 'alerts/padded.yml'));
    expect(padded).toEqual({ file: path.join(dir, 'alerts/padded.yml'), alerts: ['PaddedAlert'], withoutRunbookUrl: ['PaddedAlert'] });
  });
});
