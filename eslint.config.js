// ESLint (flat config): typescript-eslint's recommended rules and the project's lint zones, run by `npm test`.
// The zones are the ones tests/architecture.test.ts checks; here the editor shows them as you type.
import Module from 'node:module';
import globals from 'globals';

// typescript-eslint reads sources with the TypeScript compiler's JavaScript API, which TypeScript 7 (the
// project's `tsc`) no longer ships. The lint runs on TypeScript 6 (installed as `typescript-for-eslint`), so every
// `require('typescript')` made while linting gets that copy. Only this process is affected.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request.replace(/^typescript(?=$|\/)/, 'typescript-for-eslint'), ...rest);
};
const { default: tseslint } = await import('typescript-eslint');
const { default: js } = await import('@eslint/js');

const ts = ['**/*.ts', '**/*.tsx'];
const tests = ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'bench/**'];
const nodeOnly = ['src/cli/**', 'src/**/*.node.ts', 'src/index.ts'];

/** `no-restricted-imports` with the given patterns (each `[regex, why]`). */
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([regex, message]) => ({ regex, message })) }],
});
const extensionApi = ['^webextension-polyfill$', 'Extension APIs go through src/platform/ (the one-module rule; the content script has src/platform/page.ts).'];
const ui = ['^preact($|/)', 'UI code lives in popup/.'];
const node = ['^(node:|linkedom$|jsdom$)', 'Node APIs only in src/cli/, *.node.ts and src/index.ts: the core runs in the page too.'];
const popup = ['(^|/)popup/', 'The core and the content script never import the extension pages.'];
const cli = ['(^|/)cli/', 'The CLI is Node-only.'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'artifacts/', 'web-ext-artifacts/', 'public/', '**/*.d.ts'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmarks hand functions to the browser (page.evaluate), which run with the page's and the extension's globals.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
  {
    files: ts,
    // Syntax-only rules: the type-aware set (recommendedTypeChecked) took 42 s here and found 137 things, nearly all
    // require-await in test fakes and no-unsafe-* on JSON.parse in tests; `tsc` already does the type checking.
    extends: [...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `tsc` (noUnusedLocals, noUnusedParameters) already reports these; the lint adds catch bindings and
      // allows `_`-prefixed names for parameters kept for a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `tsc` checks undefined names with the real DOM and Node types; the core rule does not know TypeScript.
      'no-undef': 'off',
      // Escaping and stripping control characters (CSV, YAML, Markdown) is what those patterns are for.
      'no-control-regex': 'off',
    },
  },
  // Lint zones (mirroring tests/architecture.test.ts).
  {
    name: 'zone: the core (src/ outside platform, cli and *.node.ts) uses no extension, UI or Node API',
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/platform/**', ...nodeOnly, ...tests],
    rules: restrict(extensionApi, ui, node, popup, ['(^|/)platform/', 'The core never imports the extension wrapper.'], cli),
  },
  {
    name: 'zone: Node-only modules of src/ still use no extension or UI API',
    files: nodeOnly,
    rules: restrict(extensionApi, ui, popup, ['(^|/)platform/', 'The core never imports the extension wrapper.']),
  },
  {
    name: 'zone: layout and restructuring depend on no extraction, storage, review or UI module',
    files: ['src/layout/**', 'src/restructure/**'],
    ignores: tests,
    rules: restrict(
      extensionApi,
      ui,
      node,
      popup,
      ['^\\.\\./(extract|store|review|platform|cli)/', 'Layout and restructuring come before extraction, storage and review in the pipeline.'],
    ),
  },
  {
    name: 'zone: the content script imports no UI, no Node code and no extension-page wrapper',
    files: ['content-scripts/**'],
    ignores: tests,
    rules: restrict(
      extensionApi,
      ui,
      node,
      popup,
      cli,
      ['(^|/)platform/browser(\\.js)?$', 'The content script uses the page-side platform module (src/platform/page.ts).'],
    ),
  },
  {
    name: 'zone: the extension pages import no Node code',
    files: ['popup/**'],
    ignores: tests,
    rules: restrict(node, cli),
  },
);
