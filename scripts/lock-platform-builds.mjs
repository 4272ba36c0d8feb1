#!/usr/bin/env node
// The npm registry reachable from our CI lacks some platform builds of @swc/*
// (e.g. @swc/core-darwin-arm64 answers 404), so `npm install` leaves them out
// of package-lock.json and `npm ci` then rejects the lock ("Missing: ... from
// lock file"). This records each missing optional dependency as an optional,
// platform-specific lock entry, which `npm ci` skips on other platforms.
// Run it after any `npm install` that changes the lock:
//   node scripts/lock-platform-builds.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const dryRun = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8' });
const missing = [...`${dryRun.stdout}${dryRun.stderr}`.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((m) => m[1]);
if (missing.length === 0) {
  console.log('package-lock.json is complete; npm ci accepts it.');
  process.exit(0);
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const PLATFORM = /-(darwin|linux|win32|freebsd|android)-(arm64|x64|ia32|arm|ppc64|s390x)(?:-(gnu\w*|musl\w*|msvc))?$/;
for (const name of missing) {
  const parent = Object.entries(lock.packages).find(([, pkg]) => pkg.optionalDependencies?.[name]);
  if (!parent) throw new Error(`No package in the lock lists ${name} as an optional dependency.`);
  const match = PLATFORM.exec(name);
  if (!match) throw new Error(`Cannot tell the platform of ${name}.`);
  const [, os, cpu, libc] = match;
  const entry = { version: parent[1].optionalDependencies[name], cpu: [cpu], optional: true, os: [os] };
  if (os === 'linux') entry.libc = [libc?.startsWith('musl') ? 'musl' : 'glibc'];
  lock.packages[`node_modules/${name}`] = entry;
  console.log(`recorded ${name}@${entry.version} (${os}/${cpu}) as optional`);
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
