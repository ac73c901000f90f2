// The Debian packages npm start and npm test need outside node_modules: a browser and CJK fonts
// (without them every Chinese page renders as boxes). Missing ones are installed with apt-get
// when we run as root; otherwise one line says what to run, and the script stops.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Whether a font with Chinese glyphs is installed (fontconfig if present, else the Noto path). */
function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.status === 0) return listed.stdout.trim().length > 0;
  return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
}

/**
 * What to do, decided from what the machine has (pure, for tests): nothing, `{ install }` the
 * packages with apt-get, or `{ stop }` with the one line to print. A browser path set by an
 * environment variable is the user's choice: checked, never installed over.
 */
export function planSystemPackages(purpose, { browsers, exists, cjkFont, isRoot, aptGet }) {
  const missing = browsers.filter((b) => !exists(b.path));
  const custom = missing.find((b) => b.custom);
  if (custom) return { stop: `${purpose}: ${custom.path} (set by ${custom.custom}) does not exist; point ${custom.custom} at a browser, or unset it.` };
  const packages = [...missing.map((b) => b.pkg), ...(cjkFont ? [] : ['fonts-noto-cjk'])];
  if (!packages.length) return null;
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (isRoot && aptGet) return { install: packages, command };
  return { stop: `${purpose} needs ${packages.join(', ')}: run  ${isRoot ? command : `sudo sh -c "${command}"`}` };
}

/** The browser at `envName`'s path, or the Debian package's default path. */
export function browserFrom(envName, defaultPath, pkg) {
  const path = process.env[envName];
  return path ? { path, pkg, custom: envName } : { path: defaultPath, pkg };
}

/** Make sure the browsers (`browserFrom(…)`) and CJK fonts are there for `purpose` ("npm test"), or exit. */
export function ensureSystemPackages(purpose, browsers) {
  const plan = planSystemPackages(purpose, {
    browsers, exists: existsSync, cjkFont: hasCjkFont(), isRoot: process.getuid?.() === 0, aptGet: existsSync('/usr/bin/apt-get'),
  });
  if (!plan) return;
  if (plan.stop) {
    console.error(plan.stop);
    process.exit(1);
  }
  console.log(`${purpose}: installing ${plan.install.join(', ')} with apt-get`);
  for (const args of [['update'], ['install', '-y', ...plan.install]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      console.error(`${purpose}: "apt-get ${args.join(' ')}" failed; run it yourself: ${plan.command}`);
      process.exit(1);
    }
  }
}
