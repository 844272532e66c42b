// Builds the renderer with Vite into dist/renderer, and writes beside it the
// embedded corpus as the browser mode reads it (corpus.json: id, title, kind,
// date and Markdown of each document).
import { build } from 'vite';
import { readFile, writeFile } from 'node:fs/promises';

export async function buildRenderer(root) {
  await build({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
  const cache = JSON.parse(await readFile(`${root}/dist/corpus/corpus.json`, 'utf8'));
  const sources = cache.documents.map(({ id, title, kind, date, source }) => ({ id, title, kind, date, source, userAdded: false }));
  await writeFile(`${root}/dist/renderer/corpus.json`, JSON.stringify(sources));
}
