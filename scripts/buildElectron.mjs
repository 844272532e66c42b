// Bundles the Electron main process and the preload, each to one file.
//
// The main process is an ES module: package.json has "type": "module", so
// dist/main/main.js (the path package.json's "main" names) is loaded as ESM,
// and a CommonJS bundle there would not run. Electron 28+ loads an ESM main;
// its one bundle keeps registerSchemesAsPrivileged synchronous, before
// `ready`. The preload must be CommonJS (a sandboxed preload cannot be ESM or
// load modules), hence one .cjs file.
import { build } from 'esbuild';
import { ESM_NODE_BANNER } from './esmBanner.mjs';

/** @param {string} root the repository root */
export async function buildElectron(root) {
  const common = {
    bundle: true,
    platform: 'node',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [`${root}/main/main.ts`],
      outfile: `${root}/dist/main/main.js`,
      format: 'esm',
      // Electron 45 runs Node 22.
      target: 'node22',
      // CommonJS dependencies (write-file-atomic, yaml) require Node built-ins at run time.
      banner: { js: ESM_NODE_BANNER },
    }),
    build({
      ...common,
      entryPoints: [`${root}/preload/preload.ts`],
      outfile: `${root}/dist/preload/preload.cjs`,
      format: 'cjs',
      target: 'es2022',
    }),
  ]);
}
