/**
 * What a fresh machine lacks before the README's commands can run: the npm packages (npm ci) and, for the
 * browser tests and the demo, Debian's Chromium (installed when running as root with apt-get at hand).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function ensurePackages() {
  const installed = 'node_modules/.package-lock.json';
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  console.log('Installing npm packages (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

export function ensureBrowsers(packages = ['chromium']) {
  const missing = packages.filter((p) => !existsSync(p === 'chromium' ? '/usr/bin/chromium' : `/usr/bin/${p}`));
  if (!missing.length) return true;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.log(`Not installed: ${missing.join(', ')} (apt-get install -y ${missing.join(' ')} as root); browser steps are skipped.`);
    return false;
  }
  console.log(`Installing ${missing.join(', ')} from Debian…`);
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  spawnSync('apt-get', ['update', '-qq'], quiet);
  return spawnSync('apt-get', ['install', '-y', '-qq', ...missing], quiet).status === 0;
}
