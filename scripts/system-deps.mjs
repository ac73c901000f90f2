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
 * Make sure the browsers (`{ path, pkg }`) and CJK fonts are there for `purpose` ("npm test").
 * A browser given by an environment variable is the user's choice: it is checked, never installed.
 */
export function ensureSystemPackages(purpose, browsers) {
  const missing = browsers.filter((b) => !existsSync(b.path));
  const packages = [...missing.map((b) => b.pkg), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
  if (!packages.length) return;
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  const custom = missing.find((b) => b.custom);
  if (!isRoot || custom || !existsSync('/usr/bin/apt-get')) {
    const what = custom ? `${custom.path} (from ${custom.custom}) does not exist` : `it needs ${packages.join(', ')}`;
    console.error(`${purpose}: ${what}; install with: ${isRoot ? '' : 'sudo sh -c "'}${command}${isRoot ? '' : '"'}`);
    process.exit(1);
  }
  console.log(`${purpose}: installing ${packages.join(', ')} with apt-get`);
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      console.error(`${purpose}: "apt-get ${args.join(' ')}" failed; run it yourself: ${command}`);
      process.exit(1);
    }
  }
}

/** The browser at `envName`'s path, or the Debian package's default path. */
export function browserFrom(envName, defaultPath, pkg) {
  const path = process.env[envName];
  return path ? { path, pkg, custom: envName } : { path: defaultPath, pkg };
}
