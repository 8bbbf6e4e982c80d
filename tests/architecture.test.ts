/**
 * Lint zones: the injected content script stays free of UI and Node code, and the core (text, restructuring,
 * extraction, annotation, storage, review) stays free of browser-extension and Node APIs, so the content
 * script, the popup, the CLI and the tests all run the same code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(repo, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(repo, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(join(repo, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2]!)
    .map((spec) => (spec.startsWith('.') ? relative(repo, resolve(repo, file, '..', spec)) : spec));

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const nodeOnly = (file: string) => file.startsWith('src/cli/') || file.endsWith('.node.ts') || file === 'src/index.ts';
const isNodeModule = (spec: string) => spec.startsWith('node:') || spec === 'linkedom' || spec === 'jsdom';

describe('lint zones', () => {
  it('the content script imports no UI, no Node code, no extension-page wrapper; extension APIs only through src/platform/page.ts', () => {
    for (const file of sources('content-scripts')) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^popup\/|^src\/platform\/(?!page\.js$)|^src\/cli\/|^preact\b|webextension-polyfill/);
        expect(isNodeModule(spec), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the core uses no browser-extension API and, outside Node-only modules, no Node API', () => {
    const core = sources('src').filter((f) => !f.startsWith('src/platform/'));
    expect(core.length).toBeGreaterThan(5);
    for (const file of core) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/webextension-polyfill|^src\/platform\/|^popup\//);
        if (!nodeOnly(file)) expect(isNodeModule(spec) || spec.startsWith('src/cli/'), `${file} imports ${spec}`).toBe(false);
      }
      if (!nodeOnly(file)) expect(withoutComments(readFileSync(join(repo, file), 'utf8')), file).not.toMatch(/\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting)\b/);
    }
  });

  it('the UI pages import no Node code', () => {
    for (const file of sources('popup')) {
      for (const spec of importsOf(file)) expect(isNodeModule(spec) || spec.startsWith('src/cli/'), `${file} imports ${spec}`).toBe(false);
    }
  });
});

describe('import graph', () => {
  it('has no cycles (type imports included): each module depends on the ones before it in the pipeline', () => {
    const files = ['src', 'popup', 'content-scripts'].flatMap(sources);
    const known = new Set(files);
    const edges = new Map(files.map((f) => [f, importsOf(f).map((spec) => spec.replace(/\.js$/, '.ts')).flatMap((spec) => [spec, `${spec}x`]).filter((f) => known.has(f))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(edges.size).toBeGreaterThan(50);
    expect(cycles).toEqual([]);
  });
});
