import { rmSync } from 'node:fs';
import { scratchRepo } from './scratch-repo.js';

/**
 * A project in a fresh git repository in a temp folder whose TypeScript SDK
 * (two files under `sdk/src/`) really changes between tagged releases:
 *
 * - v1.0.0: `createTask(title)`, `listTasks(limit?)`, `deleteTask(id)`, the `Task` interface, `VERSION`.
 * - v1.1.0 (minor): `findTask(id)` added (not breaking); `createTask` reformatted over several lines (no change).
 * - v2.0.0 (major): `deleteTask` removed; `createTask` gains the required parameter `owner` (both breaking).
 *
 * Changelogs: `sdk` (CHANGELOG.md, tags `v{version}`); `sdk-minor` (the same code shipped as
 * 1.1.0 and 1.2.0, tags `minor-v{version}` on the commits of v1.1.0 and v2.0.0: a breaking change
 * in a minor release); `extras` (tags `v{version}`) names a package missing at v1.0.0 and one
 * TypeScript cannot compile at v1.0.0; `extra-new` (tags `extra-v{version}`) releases the extra
 * package in 1.1.0, new since 1.0.0.
 */
export function createTsApiRepo(): string {
  const { dir, git, write } = scratchRepo('portal-ts-api-');
  write('.gitignore', 'node_modules/\n');
  write(
    'portal.config.ts',
    `export default {
  site: { title: 'Tasks', url: 'https://tasks.example.org', repository: 'https://github.com/example/tasks' },
  api: {
    packages: [
      { name: 'task-sdk', title: '@example/task-sdk', entryPoints: ['sdk/src/index.ts'], tsconfig: 'sdk/tsconfig.json' },
      { name: 'extra', entryPoints: ['extra/index.ts'], tsconfig: 'extra/tsconfig.json' },
      { name: 'broken', entryPoints: ['broken/index.ts'], tsconfig: 'broken/tsconfig.json' },
    ],
  },
  changelogs: [
    { id: 'sdk', title: 'Task SDK', file: 'CHANGELOG.md', apiPackages: ['task-sdk'] },
    { id: 'sdk-minor', title: 'Task SDK (minor)', file: 'CHANGELOG-minor.md', tagPattern: 'minor-v{version}', apiPackages: ['task-sdk'] },
    { id: 'extras', title: 'Extras', file: 'CHANGELOG-extras.md', apiPackages: ['extra', 'broken'] },
    { id: 'plain', title: 'Plain', file: 'CHANGELOG-extras.md' },
    { id: 'extra-new', title: 'Extra', file: 'CHANGELOG-extras.md', tagPattern: 'extra-v{version}', apiPackages: ['extra'] },
  ],
};
`,
  );
  const tsconfig = '{ "compilerOptions": { "strict": true, "target": "es2022", "module": "nodenext", "skipLibCheck": true }, "include": ["src"] }\n';
  write('sdk/tsconfig.json', tsconfig);
  write('broken/tsconfig.json', tsconfig.replace('"src"', '"."'));
  write('broken/index.ts', "/** Not a number. */\nexport const count: number = 'three';\n");
  write('sdk/src/index.ts', "export * from './tasks.js';\n\n/** The SDK's version. */\nexport const VERSION: string = '1';\n");

  const releases: [string, string, string][] = [];
  const commit = (version: string, date: string, notes: string, tasks: string) => {
    releases.unshift([version, date, notes]);
    write('CHANGELOG.md', changelog(releases));
    write('sdk/src/tasks.ts', tasks);
    git('add', '.');
    git('commit', '-qm', `Release ${version}`);
    git('tag', `v${version}`);
  };
  const task = '/** A task. */\nexport interface Task {\n  /** Its id. */\n  id: string;\n  /** Its title. */\n  title: string;\n}\n\n';
  const list = '/** Lists tasks. */\nexport function listTasks(limit?: number): Task[] {\n  return [].slice(0, limit);\n}\n\n';
  const remove = '/** Deletes a task. */\nexport function deleteTask(id: string): void {\n  void id;\n}\n';
  commit('1.0.0', '2026-01-10', '### Added\n\n- First release of the SDK.\n', `${task}/** Creates a task. */\nexport function createTask(title: string): Task {\n  return { id: '1', title };\n}\n\n${list}${remove}`);
  commit(
    '1.1.0',
    '2026-02-10',
    '### Added\n\n- `findTask`.\n',
    `${task}/** Creates a task. */\nexport function createTask(\n  title: string,\n): Task {\n  return { id: '1', title };\n}\n\n/** Finds a task. */\nexport function findTask(id: string): Task | undefined {\n  return id ? undefined : undefined;\n}\n\n${list}${remove}`,
  );
  commit(
    '2.0.0',
    '2026-03-10',
    '### Removed\n\n- `deleteTask`.\n\n### Changed\n\n- `createTask` needs an owner.\n',
    `${task}/** Creates a task. */\nexport function createTask(title: string, owner: string): Task {\n  return { id: owner, title };\n}\n\n/** Finds a task. */\nexport function findTask(id: string): Task | undefined {\n  return id ? undefined : undefined;\n}\n\n${list}`,
  );
  git('tag', 'minor-v1.1.0', 'v1.1.0');
  git('tag', 'minor-v1.2.0', 'v2.0.0');
  write('CHANGELOG-minor.md', changelog([['1.2.0', '2026-03-10', '### Changed\n\n- Shipped as a minor.\n'], ['1.1.0', '2026-02-10', '### Added\n\n- `findTask`.\n']]));
  write('CHANGELOG-extras.md', changelog([['1.1.0', '2026-02-10', '### Added\n\n- Extras.\n'], ['1.0.0', '2026-01-10', '### Added\n\n- First.\n']]));
  write('extra/tsconfig.json', tsconfig.replace('"src"', '"."'));
  write('extra/index.ts', '/** Extra. */\nexport const extra = 1;\n');
  git('add', '.');
  git('commit', '-qm', 'More changelogs and the extra package');
  // `extra-new`: 1.0.0 is the commit of v1.1.0 (no extra package yet), 1.1.0 the last commit (which adds it).
  git('tag', 'extra-v1.0.0', 'v1.1.0');
  git('tag', 'extra-v1.1.0', 'HEAD');
  return dir;
}

/** Removes a fixture repository. */
export function removeTsApiRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function changelog(releases: [string, string, string][]): string {
  return `# Changelog\n\n${releases.map(([version, date, notes]) => `## [${version}] - ${date}\n\n${notes}`).join('\n')}`;
}
