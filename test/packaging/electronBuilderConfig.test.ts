/**
 * The installer configuration, checked where packaging itself cannot run
 * (electron-builder downloads Electron to package): against
 * electron-builder's own schema, and its `files` patterns against the build
 * output, so that the app ships what it needs and none of the sources or tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { minimatch } from 'minimatch';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & { files: string[] };
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

/** Every file under the repository a packager could see, as relative paths (dependencies aside). */
function projectFiles(): string[] {
  const skip = new Set(['node_modules', '.git', 'test-results', '.tmp', 'release']);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

/** electron-builder's rule: a file is packed when it matches a pattern and no later negated pattern. */
function packed(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) included = true;
  }
  return included;
}

describe('the installer configuration', () => {
  it('is valid by electron-builder’s own schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('publishes nothing, rebuilds nothing, packs an asar and sets the fuses', () => {
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    // Worker threads read from the disk: the import worker is unpacked (main/unpackedPath.ts finds it there).
    expect(config.asarUnpack).toEqual(['dist/importer/**']);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.mac).toMatchObject({ target: 'dmg' });
  });

  it('packs the built app and nothing of the sources, tests or source maps', () => {
    const files = projectFiles();
    const shipped = files.filter(packed);
    for (const needed of ['dist/main/main.js', 'dist/preload/preload.cjs', 'dist/importer/importWorker.mjs', 'dist/main/fonts/Roboto-Regular.ttf', 'dist/importer/pdfjs-data/standard_fonts/FoxitSerif.pfb', 'dist/importer/pdfjs-data/cmaps/UniJIS-UTF16-H.bcmap', 'dist/renderer/index.html', 'dist/renderer/corpus.json', 'dist/corpus/corpus.json', 'package.json']) {
      expect(shipped).toContain(needed);
    }
    expect(shipped.some((file) => file.startsWith('dist/renderer/assets/') && file.endsWith('.js'))).toBe(true);
    const leaked = shipped.filter((file) => /^(test|engine|io|cli|main|preload|renderer|contract|bench|scripts|corpus)\//u.test(file) || file.endsWith('.map') || file.endsWith('.ts'));
    expect(leaked).toEqual([]);
    // electron-builder leaves out any folder named node_modules below the app's files: nothing the app needs may sit in one.
    expect(shipped.filter((file) => file.includes('/node_modules/'))).toEqual([]);
  });
});
