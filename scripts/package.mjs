#!/usr/bin/env node
// `npm run package`: store-ready zips of dist/ — one manifest serves both stores, so the zips hold the same files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const firefox = `web-ext-artifacts/broadsheet-${version}-firefox.zip`;
execFileSync('npx', ['web-ext', 'build', '--source-dir', 'dist', '--artifacts-dir', 'web-ext-artifacts', '--filename', `broadsheet-${version}-firefox.zip`, '--overwrite-dest'], { stdio: 'inherit' });
copyFileSync(firefox, `web-ext-artifacts/broadsheet-${version}-chrome.zip`);
console.log(`Packaged ${firefox} and web-ext-artifacts/broadsheet-${version}-chrome.zip`);
