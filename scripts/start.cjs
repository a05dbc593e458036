#!/usr/bin/env node
// `npm start`: builds only when the build is missing or older than a file it is made from, then runs the quick start
// (dist/src/cli/start.js). A build takes minutes on a small machine; an unchanged tree needs none (issue 15).
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'src', 'cli', 'start.js');
// Written after a successful build with the time the build began: a file saved during the build is newer.
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'libs', 'migrations', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

/** The newest modification below `path` (a folder's own time counts: deleting a file changes it). */
function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const builtAt = existsSync(entry) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (Math.max(...SOURCES.map((s) => newest(join(root, s)))) > builtAt) {
  const began = new Date();
  // The npm that runs this script (npm_execpath), so that a Node run by `npx node@24` builds with itself.
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, 'run', 'build']] : ['npm', ['run', 'build']];
  const built = spawnSync(npm[0], npm[1], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && !process.env.npm_execpath });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(stamp, 'npm start builds again when a source is newer than this file\n');
  utimesSync(stamp, began, began);
} else {
  process.stdout.write('press-inspect: the build is up to date (npm run build rebuilds)\n');
}
require(entry);
