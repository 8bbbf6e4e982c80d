#!/usr/bin/env node
/**
 * `npm run demo`: Broadsheet on the bundled sample e-paper page. With a display, Chromium opens with the
 * extension loaded on the page (click the toolbar icon); without one, the stories it finds print as Markdown.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBrowsers, ensurePackages } from './ensure-setup.mjs';

const sample = 'tests/pages/epaper-zh-erqi/page.html';
ensurePackages();

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && !process.argv.includes('--print') && ensureBrowsers(['chromium'])) {
  execFileSync('npm', ['run', '--silent', 'build:ext'], { stdio: 'inherit' });
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(sample)));
  server.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    const dist = resolve('dist');
    console.log(`Sample page at ${url} — click the Broadsheet icon in the toolbar (pin it from the puzzle-piece menu).`);
    const browser = spawn('/usr/bin/chromium', [
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'broadsheet-demo-'))}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', url,
    ], { stdio: 'ignore' });
    browser.on('exit', () => server.close());
  });
} else {
  if (!existsSync('lib/cli.js')) execFileSync('npm', ['run', '--silent', 'build:lib'], { stdio: 'inherit' });
  console.log(`Stories Broadsheet finds on the sample e-paper page (${sample}):\n`);
  execFileSync(process.execPath, ['bin/broadsheet.js', 'restructure', sample, '--format', 'markdown'], { stdio: 'inherit' });
}
