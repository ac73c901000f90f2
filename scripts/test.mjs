// npm test: check for dead code (knip: knip.jsonc), build the extension for Chromium and Firefox,
// then run every unit and end-to-end test.
// Installs Chromium, Firefox ESR and CJK fonts first when missing (as root), else says in one line what to run.
import { spawnSync } from 'node:child_process';
import { browserFrom, ensureSystemPackages } from './system-deps.mjs';

ensureSystemPackages('npm test', [
  browserFrom('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium'),
  browserFrom('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'),
]);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A dead export, file or package fails here, in seconds, before the builds.
run('npx', ['knip']);
run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
