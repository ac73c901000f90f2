// npm start: the main job on a built-in demo. Installs (if needed), builds the
// extension (Chromium and CJK fonts from apt-get if missing), serves a seed speech laid out like a county government site on
// http://www.demo-county.gov.cn:<port>/ and opens Chromium with the extension on it.
// Without a display it runs headless, saves a screenshot under .output/ and exits.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { browserFrom, ensureSystemPackages } from './system-deps.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureSystemPackages('npm start', [browserFrom('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium')]);
if (!existsSync('node_modules/.bin/wxt')) run('npm', ['ci']);
run('npx', ['wxt', 'build']);
run('npx', ['tsx', 'scripts/demo/run-demo.ts', ...process.argv.slice(2)]);
