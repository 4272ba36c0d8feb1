import { rmSync } from 'node:fs';
import { scratchRepo } from './scratch-repo.js';

/**
 * A project in a fresh git repository in a temp folder with tagged releases
 * of a Task Service: a changelog, an OpenAPI spec that really changes between
 * the tags, and a portal.config.ts.
 *
 * - v1.0.0: GET /tasks, GET /tasks/{id} (200, 404), DELETE /tasks/{id}.
 * - v1.1.0 (minor): POST /tasks added; GET /tasks gains the required query parameter `owner` (breaking).
 * - v2.0.0 (major): DELETE /tasks/{id} removed; GET /tasks/{id} loses its 404 response (both breaking).
 * - 2.1.0: in the changelog, not tagged.
 */
export function createReleaseRepo(options: { configExtra?: string } = {}): string {
  const { dir, git, write } = scratchRepo('portal-releases-');
  write(
    'portal.config.ts',
    `export default {
  site: { title: 'Tasks', url: 'https://tasks.example.org', repository: 'https://github.com/example/tasks' },
  openapi: { specs: [{ id: 'tasks', file: 'openapi/tasks.yaml' }] },
  changelogs: [{ id: 'task-service', title: 'Task Service', file: 'CHANGELOG.md' }],
  ${options.configExtra ?? ''}
};
`,
  );
  const releases: [string, string, string][] = [];
  const commit = (version: string, date: string, notes: string, spec: string) => {
    releases.unshift([version, date, notes]);
    write('CHANGELOG.md', changelog(releases));
    write('openapi/tasks.yaml', spec);
    git('add', '.');
    git('commit', '-qm', `Release ${version}`);
    git('tag', `v${version}`);
  };
  commit('1.0.0', '2026-01-10', '### Added\n\n- First release of the Task Service.\n', spec({ create: false, owner: false, remove: false, notFound: true }));
  commit('1.1.0', '2026-02-10', '### Added\n\n- Create tasks with `POST /tasks`.\n\n### Changed\n\n- Listing tasks needs an `owner`.\n', spec({ create: true, owner: true, remove: false, notFound: true }));
  commit('2.0.0', '2026-03-10', '### Removed\n\n- **Deleting** tasks is no longer possible.\n', spec({ create: true, owner: true, remove: true, notFound: false }));
  releases.unshift(['2.1.0', '2026-04-10', '### Fixed\n\n- Faster listing.\n']);
  write('CHANGELOG.md', changelog(releases));
  git('add', '.');
  git('commit', '-qm', 'Notes of 2.1.0');
  return dir;
}

/** Removes a repository made by createReleaseRepo. */
export function removeReleaseRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function changelog(releases: [string, string, string][]): string {
  return `# Changelog\n\n${releases.map(([version, date, notes]) => `## [${version}] - ${date}\n\n${notes}`).join('\n')}`;
}

function spec(change: { create: boolean; owner: boolean; remove: boolean; notFound: boolean }): string {
  return `openapi: 3.0.3
info:
  title: Tasks
  version: 1.0.0
paths:
  /tasks:
    get:
      operationId: listTasks
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
${change.owner ? `        - name: owner
          in: query
          required: true
          schema:
            type: string
` : ''}      responses:
        '200':
          description: The tasks.
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Task'
${change.create ? `    post:
      operationId: createTask
      responses:
        '201':
          description: Created.
` : ''}  /tasks/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: getTask
      responses:
        '200':
          description: The task.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Task'
${change.notFound ? `        '404':
          description: No such task.
` : ''}${change.remove ? '' : `    delete:
      operationId: deleteTask
      responses:
        '204':
          description: Deleted.
`}components:
  schemas:
    Task:
      type: object
      properties:
        id:
          type: string
        title:
          type: string
`;
}
