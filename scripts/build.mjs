// Builds what runs: the command line bundle and the parsed embedded corpus
// (`node scripts/build.mjs cli`, run on install), and everything else on a
// full build. The command line is split (esbuild's code splitting): its
// entry holds the argument parsing and the commands' common code, and each
// command, the parser, the importers and the exporters are chunks loaded by
// import() when asked for, so `precedent --help` reads a few KB, not 2.8 MB.
// The parse worker (io/parseWorker.ts) is a second entry sharing the
// parser's chunk.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { ESM_NODE_BANNER } from './esmBanner.mjs';
import { parserVersionDefine } from './parserHash.mjs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];

/** What every Node bundle shares. */
const NODE_BUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  banner: { js: ESM_NODE_BANNER },
  logLevel: 'warning',
};

const nodeBundle = (entry, outfile, external = []) =>
  build({ ...NODE_BUILD, external, entryPoints: [`${root}/${entry}`], outfile: `${root}/${outfile}` });

const parserVersion = await parserVersionDefine(root);
await rm(`${root}/dist/cli`, { recursive: true, force: true });
await build({
  // pdf.js and pdfmake (8 MB) load only for a PDF, from node_modules.
  external: ['pdfjs-dist', 'pdfmake'],
  entryPoints: { precedent: `${root}/cli/precedent.ts`, parseWorker: `${root}/io/parseWorker.ts` },
  outdir: `${root}/dist/cli`,
  // Chunks beside the entries: the parse pool finds its worker at dist/cli/parseWorker.mjs.
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  ...NODE_BUILD,
  define: parserVersion,
});
await nodeBundle('scripts/buildCorpusCache.ts', 'dist/tools/buildCorpusCache.mjs');
execFileSync(process.execPath, [`${root}/dist/tools/buildCorpusCache.mjs`], { stdio: 'inherit' });
if (only === 'cli') process.exit(0);
await (await import('./buildElectron.mjs')).buildElectron(root);
await (await import('./buildRenderer.mjs')).buildRenderer(root);
