// The parser's version for the parsed-model cache (io/parserVersion.ts):
// the package's version and a hash of the engine's parseDocument bundled
// with its libraries, so the key changes whenever the parse code could.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** @param {string} root the repository root @returns {Promise<Record<string, string>>} esbuild `define` entries */
export async function parserVersionDefine(root) {
  const bundled = await build({
    entryPoints: [`${root}/engine/parseDocument.ts`],
    bundle: true,
    write: false,
    platform: 'neutral',
    format: 'esm',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const hash = createHash('sha256').update(bundled.outputFiles[0].contents).digest('hex').slice(0, 16);
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  return { __PRECEDENT_PARSER__: JSON.stringify(`${version}+${hash}`) };
}
