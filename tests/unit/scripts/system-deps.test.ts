import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { planSystemPackages } from '../../../scripts/system-deps.mjs';

const chromium = { path: '/usr/bin/chromium', pkg: 'chromium' };
const firefox = { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' };
const machine = (has: string[], rest: { cjkFont?: boolean; isRoot?: boolean; aptGet?: boolean } = {}) => ({
  browsers: [chromium, firefox], exists: (p: string) => has.includes(p), cjkFont: true, isRoot: true, aptGet: true, ...rest,
});

describe('what npm test does about missing system packages', () => {
  it('does nothing on a machine that has the browsers and a CJK font', () => {
    expect(planSystemPackages('npm test', machine([chromium.path, firefox.path]))).toBeNull();
  });

  it('installs the missing browsers and fonts with apt-get as root', () => {
    expect(planSystemPackages('npm test', machine([firefox.path], { cjkFont: false }))).toEqual({
      install: ['chromium', 'fonts-noto-cjk'], command: 'apt-get update && apt-get install -y chromium fonts-noto-cjk',
    });
  });

  it('says in one line what to run when it is not root', () => {
    const plan = planSystemPackages('npm test', machine([], { isRoot: false }));
    expect(plan.install).toBeUndefined();
    expect(plan.stop).toBe('npm test needs chromium, firefox-esr: run  sudo sh -c "apt-get update && apt-get install -y chromium firefox-esr"');
    expect(plan.stop).not.toContain('\n');
  });

  it('never installs over a browser path the user chose', () => {
    const plan = planSystemPackages('npm start', { ...machine([]), browsers: [{ ...chromium, path: '/opt/c', custom: 'CHROMIUM_PATH' }] });
    expect(plan.stop).toMatch(/^npm start: \/opt\/c \(set by CHROMIUM_PATH\) does not exist/);
  });
});
