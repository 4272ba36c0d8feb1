import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildCurlCommand, shellQuote, shellVariableName, type CurlRequest } from '../../../src/lib/openapi/index.js';

const base: CurlRequest = {
  method: 'GET',
  serverUrl: 'https://api.example.org/v1',
  path: [{ text: '/things' }],
  query: [],
  headers: [],
  authOptions: [],
  cookies: [],
};

/** What a POSIX shell makes of the command: the arguments curl would receive (printf prints them NUL-separated). */
function shellWords(command: string, env: Record<string, string> = {}): string[] {
  const run = spawnSync('/bin/sh', ['-c', command.replace(/^curl/, "printf '%s\\0'")], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  expect(run.status).toBe(0);
  return run.stdout.split('\0').slice(0, -1);
}

describe('curl examples', () => {
  it('quotes for a POSIX shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellWords(`curl ${shellQuote("a'b $HOME `id` \\ \"q\"")}`)).toEqual(["a'b $HOME `id` \\ \"q\""]);
  });

  it('turns parameter names into shell variable names', () => {
    expect(shellVariableName('taskId')).toBe('TASK_ID');
    expect(shellVariableName('x-request-id')).toBe('X_REQUEST_ID');
    expect(shellVariableName('2fa')).toBe('P_2FA');
  });

  it('writes method, URL, credentials and a JSON body, one option per line', () => {
    const command = buildCurlCommand({
      ...base,
      method: 'post',
      path: [{ text: '/things/' }, { variable: 'thingId' }],
      query: [{ name: 'dry run', value: [{ text: 'yes & no' }] }],
      headers: [{ name: 'Authorization', value: [{ text: 'Bearer ' }, { variable: 'TOKEN' }] }],
      body: { mediaType: 'application/json', kind: 'raw', data: '{\n  "name": "Rex"\n}' },
    });
    expect(command).toBe(
      [
        'curl -X POST \\',
        `  'https://api.example.org/v1/things/'"$THING_ID"'?dry%20run=yes%20%26%20no' \\`,
        `  -H 'Authorization: Bearer '"$TOKEN" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  --data-raw '{\n  "name": "Rex"\n}'`,
      ].join('\n'),
    );
    expect(shellWords(command, { THING_ID: '42', TOKEN: 't0k' })).toEqual([
      '-X',
      'POST',
      'https://api.example.org/v1/things/42?dry%20run=yes%20%26%20no',
      '-H',
      'Authorization: Bearer t0k',
      '-H',
      'Content-Type: application/json',
      '--data-raw',
      '{\n  "name": "Rex"\n}',
    ]);
  });

  it('keeps hostile spec values inert: no command substitution, no extra header, no file upload', () => {
    const command = buildCurlCommand({
      ...base,
      serverUrl: '/relative',
      headers: [{ name: "X-Evil'; rm -rf ~; echo '", value: [{ text: '$(id)\r\nInjected: yes' }] }],
      body: {
        mediaType: 'multipart/form-data',
        kind: 'multipart',
        fields: [
          { name: 'caption', value: '@/etc/passwd' },
          { name: 'photo', value: '', file: true },
        ],
      },
    });
    const words = shellWords(command, { BASE_URL: 'https://x.example' });
    expect(words).toEqual([
      'https://x.example/relative/things',
      '-H',
      "X-Evil'; rm -rf ~; echo ': $(id) Injected: yes",
      '--form-string',
      'caption=@/etc/passwd',
      '-F',
      'photo=@./photo',
    ]);
  });

  it('encodes form bodies itself and sends them raw', () => {
    const command = buildCurlCommand({
      ...base,
      method: 'POST',
      body: { mediaType: 'application/x-www-form-urlencoded', kind: 'form', fields: [{ name: 'a@b', value: '@file & more' }] },
    });
    expect(command).toContain(`--data-raw 'a%40b=%40file%20%26%20more'`);
  });

  it('turns off curl globbing when braces stay in the URL', () => {
    expect(buildCurlCommand({ ...base, path: [{ text: '/things/{undeclared}' }] })).toMatch(/^curl --globoff \\/);
    expect(buildCurlCommand(base)).toMatch(/^curl \\/);
  });
});
