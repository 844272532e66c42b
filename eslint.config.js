// The layers' import rules (../shared/DESIGN.md, "What may import what"),
// held by the linter so that review never argues about them.
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  // Build configuration runs in Node, not in the layer it configures.
  ignores: ['**/vite.config.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

const NODE = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'http', 'https', 'net', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.tmp/**', 'release/**'] },
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  layer(['engine/**/*.ts'], [...NODE, 'electron', 'monaco-editor', 'monaco-editor/*', '**/io/*', '**/cli/*', '**/main/*', '**/renderer/*', '**/preload/*', '**/contract/*'], 'the engine is pure: no Node, no DOM, no Electron, no other layer'),
  layer(['io/**/*.ts'], ['electron', '**/main/*', '**/renderer/*', '**/cli/*', '**/preload/*'], 'io is Node only: no Electron, main, renderer or cli'),
  layer(['cli/**/*.ts'], ['electron', '**/main/*', '**/renderer/*', '**/preload/*'], 'the command line uses the engine and io only'),
  layer(['main/**/*.ts'], ['**/renderer/*', '**/preload/*', '**/cli/*'], 'main talks to the renderer only through the contract'),
  layer(['preload/**/*.ts'], [...NODE, '**/engine/*', '**/io/*', '**/main/*', '**/renderer/*', '**/cli/*'], 'the preload exposes the contract and nothing else'),
  layer(['renderer/**/*.ts'], [...NODE, 'electron', '**/io/*', '**/main/*', '**/cli/*', '**/preload/*'], 'the renderer reaches the outside only through the contract'),
  layer(['contract/**/*.ts'], [...NODE, 'electron', '**/engine/*', '**/io/*', '**/main/*', '**/renderer/*', '**/cli/*'], 'the contract is types and channel names only'),
);
