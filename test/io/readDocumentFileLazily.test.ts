/**
 * The command line reads a document's text only when it parses it
 * (readDocumentFileLazily): what it reads, and what it refuses and in which
 * words, are readDocumentFile's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile, readDocumentFileLazily } from '../../io/readDocumentFile';

const folder = mkdtempSync(join(tmpdir(), 'precedent-lazy-read-'));
const files: Record<string, Uint8Array | string> = {
  'plain.md': '## A heading\n\nBoth sides will cooperate.\n',
  'curly.md': 'The EU’s partners “agreed” — in 日本.\n',
  'bom.md': '\ufeffA statement after a byte-order mark.\n',
  'leading-space.md': '   \n\n  Indented start.\n',
  'nbsp-only.md': '\u00a0\u00a0\n',
  'spaces-only.txt': ' \n\t\n',
  'empty.md': '',
  'latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
  'binary.md': new Uint8Array([0x61, 0x00, 0x62]),
  'truncated.md': new Uint8Array([0x61, 0xe2, 0x80]),
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);

describe('readDocumentFileLazily', () => {
  it('reads and refuses what readDocumentFile does, in the same words', async () => {
    for (const name of [...Object.keys(files), 'missing.md']) {
      const path = join(folder, name);
      const [eager, lazy] = await Promise.all([readDocumentFile(path), readDocumentFileLazily(path)]);
      expect(lazy.ok, name).toBe(eager.ok);
      if (eager.ok && lazy.ok) {
        expect(lazy.source, name).toBe(eager.source);
        expect(lazy.format).toBe(eager.format);
        expect(lazy.bytes).toEqual(eager.bytes);
      } else {
        expect(lazy).toEqual(eager);
      }
    }
  });
});
