/**
 * The command line starts at once (issue 12): what `precedent` loads before
 * it knows its command, the entry and the chunks it imports statically, holds
 * no Markdown parser, YAML reader or importer; commands load theirs with
 * import(). A static import of the engine's front door from a module the
 * entry reads put all of them back on every start, `--help` included.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cliDir = fileURLToPath(new URL('../../dist/cli/', import.meta.url));

/** The entry and every chunk it reaches through static imports. */
function loadedAtStart(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, 'utf8');
    seen.set(file, code);
    // Static imports only: `import ... from "./x.mjs"` and `import "./x.mjs"`; import("./x.mjs") is left alone.
    for (const match of code.matchAll(/(?:^|\n)\s*import\s*(?:[^;()]*?\sfrom\s*)?["'](\.[^"']+)["']/gu)) visit(join(dirname(file), match[1]));
  };
  visit(join(cliDir, entry));
  return seen;
}

describe('the command line at start-up', () => {
  it('loads no parser, YAML reader or importer before it runs a command', () => {
    const loaded = loadedAtStart('precedent.mjs');
    expect(loaded.size).toBeGreaterThan(1);
    for (const [file, code] of loaded) {
      for (const heavy of ['micromark', 'node_modules/yaml/', 'node_modules/mammoth/', 'node_modules/pdfjs-dist/', 'node_modules/pdfmake/']) {
        expect(code.includes(heavy), `${file} holds ${heavy}`).toBe(false);
      }
    }
  });

  it('loads node:crypto (17 internal modules) only for a command that reads a document file: the parse cache is opened then', () => {
    for (const [file, code] of loadedAtStart('precedent.mjs')) {
      expect(/\bfrom\s*["']node:crypto["']/u.test(code), `${file} imports node:crypto`).toBe(false);
    }
  });

  it('loads node:v8 (its heap utilities, serialiser and profiler) only for a compare, which sets V8 for a short run', () => {
    for (const [file, code] of loadedAtStart('precedent.mjs')) {
      expect(/\bfrom\s*["']node:v8["']/u.test(code), `${file} imports node:v8`).toBe(false);
    }
  });
});
