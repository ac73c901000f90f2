// npm test: build the extension for Chromium and Firefox, then run every unit and end-to-end test.
// Fails in one clear line, before anything else, when Chromium or Firefox ESR is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`npm test needs Chromium at ${chromium}: install it with "apt-get update && apt-get install -y chromium fonts-noto-cjk".`);
  process.exit(1);
}
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`npm test needs Firefox ESR at ${firefox}: install it with "apt-get update && apt-get install -y firefox-esr".`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
