// npm test: build the extension, then run every unit and end-to-end test.
// Fails in one clear line, before anything else, when Chromium is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`npm test needs Chromium at ${chromium}: install it with "apt-get update && apt-get install -y chromium fonts-noto-cjk".`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
