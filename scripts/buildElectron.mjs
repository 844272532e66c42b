// Bundles the Electron main process and the preload, each to one file.
//
// The main process is an ES module: package.json has "type": "module", so
// dist/main/main.js (the path package.json's "main" names) is loaded as ESM,
// and a CommonJS bundle there would not run. Electron 28+ loads an ESM main;
// its one bundle keeps registerSchemesAsPrivileged synchronous, before
// `ready`. The preload must be CommonJS (a sandboxed preload cannot be ESM or
// load modules), hence one .cjs file.
//
// The import worker (Word, PDF and HTML to Markdown, run by main in a worker
// thread) is a third Node bundle, dist/importer/importWorker.mjs. Its
// libraries carry code built from strings, which the build scan refuses
// (test/security/builtOutput.test.ts); none of it is reachable in a Node
// worker, so it is left out at bundle time rather than allowed.
import { cp, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { ESM_NODE_BANNER } from './esmBanner.mjs';
import { withoutCodeFromStrings } from './withoutCodeFromStrings.mjs';
import { parserVersionDefine } from './parserHash.mjs';

/** @param {string} root the repository root */
export async function buildElectron(root) {
  const common = {
    bundle: true,
    platform: 'node',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await rm(`${root}/dist/importer`, { recursive: true, force: true });
  // The parsed-model cache's parser version (io/parserVersion.ts), the same as the command line's: both share the cache.
  const parserVersion = await parserVersionDefine(root);
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
      define: parserVersion,
    }),
    build({
      ...common,
      entryPoints: [`${root}/preload/preload.ts`],
      outfile: `${root}/dist/preload/preload.cjs`,
      format: 'cjs',
      target: 'es2022',
    }),
    build({
      ...common,
      entryPoints: [`${root}/main/importWorker.ts`],
      outdir: `${root}/dist/importer`,
      // pdf.js (4 MB of the bundle) in chunks of its own, loaded by the first PDF: a Word or HTML import starts faster.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      // .mjs: the packaged app runs the worker unpacked from the asar, where no package.json says "type": "module".
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      target: 'node22',
      banner: { js: ESM_NODE_BANNER },
      plugins: [withoutCodeFromStrings],
    }),
  ]);
  await copyPdfjsData(root);
  await copyReportFonts(root);
}

/**
 * The PDF export's font (io/exportPdf.ts): Roboto as pdfmake ships it. The
 * packaged app has no node_modules, so main carries the four faces beside
 * its bundle, where main/exportReport.ts's reportFonts finds them.
 */
async function copyReportFonts(root) {
  const target = `${root}/dist/main/fonts`;
  await rm(target, { recursive: true, force: true });
  for (const face of ['Regular', 'Medium', 'Italic', 'MediumItalic']) {
    await cp(`${root}/node_modules/pdfmake/fonts/Roboto/Roboto-${face}.ttf`, `${target}/Roboto-${face}.ttf`);
  }
}

/**
 * pdf.js reads its standard fonts and character maps from files. The
 * packaged app has no node_modules (and electron-builder leaves out any
 * folder of that name), so the importer carries them beside its bundle, in
 * dist/importer/pdfjs-data, and main/importWorker.ts passes that folder on.
 */
async function copyPdfjsData(root) {
  await rm(`${root}/dist/importer/node_modules`, { recursive: true, force: true });
  const target = `${root}/dist/importer/pdfjs-data`;
  await rm(target, { recursive: true, force: true });
  for (const entry of ['standard_fonts', 'cmaps', 'LICENSE']) {
    await cp(`${root}/node_modules/pdfjs-dist/${entry}`, `${target}/${entry}`, { recursive: true });
  }
}
