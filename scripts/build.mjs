// Builds what runs: the command line bundle and the parsed embedded corpus
// (`node scripts/build.mjs cli`, run on install), and everything else on a
// full build. Bundling keeps the command's start-up to one file read.
import { build } from 'esbuild';
import { ESM_NODE_BANNER } from './esmBanner.mjs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];

const nodeBundle = (entry, outfile, external = []) =>
  build({
    external,
    entryPoints: [`${root}/${entry}`],
    outfile: `${root}/${outfile}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    banner: { js: ESM_NODE_BANNER },
    logLevel: 'warning',
  });

// pdf.js and pdfmake (8 MB) load only for a PDF, from node_modules: bundled,
// every command parsed them at start-up, --help included.
await nodeBundle('cli/precedent.ts', 'dist/cli/precedent.mjs', ['pdfjs-dist', 'pdfmake']);
await nodeBundle('scripts/buildCorpusCache.ts', 'dist/tools/buildCorpusCache.mjs');
execFileSync(process.execPath, [`${root}/dist/tools/buildCorpusCache.mjs`], { stdio: 'inherit' });
if (only === 'cli') process.exit(0);
await (await import('./buildElectron.mjs')).buildElectron(root);
await (await import('./buildRenderer.mjs')).buildRenderer(root);
