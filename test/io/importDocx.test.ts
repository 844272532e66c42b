import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/index';
import { importDocx } from '../../io/importDocx';
import { writeTrackedDocx } from '../fixtures/importedDocuments';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precedent-import-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function writeDocx(name: string, document: Document): Promise<string> {
  return write(name, await Packer.toBuffer(document));
}

describe('importDocx', () => {
  it('a statement drafted in Word keeps its headings, nested bullets, bold and footnote', async () => {
    const path = await writeDocx(
      'statement.docx',
      new Document({
        footnotes: { 1: { children: [new Paragraph('Adopted at the summit in Brussels.')] } },
        sections: [
          {
            children: [
              new Paragraph({ text: 'Joint Statement', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: 'Digital partnership', heading: HeadingLevel.HEADING_2 }),
              new Paragraph({
                children: [new TextRun('Both sides '), new TextRun({ text: 'reaffirmed', bold: true }), new TextRun(' their partnership.'), new FootnoteReferenceRun(1)],
              }),
              new Paragraph({ text: 'semiconductors', bullet: { level: 0 } }),
              new Paragraph({ text: 'supply chains', bullet: { level: 1 } }),
              new Paragraph({ text: 'quantum technologies', bullet: { level: 0 } }),
            ],
          },
        ],
      }),
    );
    const result = await importDocx(path);
    if (!result.ok) throw new Error(result.message);
    expect(result.revisions).toBeNull();
    expect(result.markdown).toContain('Both sides **reaffirmed** their partnership.[^1]');
    expect(result.markdown).toContain('[^1]: Adopted at the summit in Brussels.');
    // The footnote's definition is not a block of the document.
    const blocks = parseDocument(result.markdown).blocks.map(({ kind, text, level }) => ({ kind, text, level }));
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Joint Statement', level: 1 },
      { kind: 'heading', text: 'Digital partnership', level: 2 },
      { kind: 'paragraph', text: 'Both sides reaffirmed their partnership.', level: 0 },
      { kind: 'listItem', text: 'semiconductors', level: 1 },
      { kind: 'listItem', text: 'supply chains', level: 2 },
      { kind: 'listItem', text: 'quantum technologies', level: 1 },
    ]);
  });

  it('a draft with tracked changes gives the text before and after them; the Markdown is the text after', async () => {
    const path = join(dir, 'tracked.docx');
    const expected = await writeTrackedDocx(path);
    const result = await importDocx(path);
    if (!result.ok) throw new Error(result.message);
    expect(result.revisions).toEqual(expected);
    expect(result.markdown).toBe(expected.after);
  });

  it.each([
    ['a text file renamed .docx', 'notes.docx', strToU8('These are notes, not a Word document.'), 'it is not a Word document (.docx is a zip file)'],
    ['an empty file renamed .docx', 'empty.docx', new Uint8Array(0), 'the file is empty (0 bytes), not a Word document'],
    ['a zip of other files', 'archive.docx', zipSync({ 'readme.txt': strToU8('hello') }), 'it is a zip file but not a Word document (it has no word/document.xml)'],
    ['an encrypted document', 'secret.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'it is password-protected or an old Word 97-2003 (.doc) file; save it in Word as a .docx without a password'],
  ])('%s is refused with a message for the user', async (_story, name, content, problem) => {
    const path = await write(name, content);
    expect(await importDocx(path)).toEqual({ ok: false, path, message: `cannot read ${path}: ${problem}` });
  });

  it('a truncated .docx is refused as damaged', async () => {
    const whole = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Text.')] }] }));
    const path = await write('truncated.docx', whole.subarray(0, Math.floor(whole.length / 2)));
    const result = await importDocx(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(new RegExp(`^cannot read ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the (zip file|Word document) is damaged`));
  });

  it('a missing file and a folder are refused', async () => {
    const missing = join(dir, 'missing.docx');
    expect(await importDocx(missing)).toEqual({ ok: false, path: missing, message: `cannot read ${missing}: no such file` });
    expect(await importDocx(dir)).toEqual({ ok: false, path: dir, message: `cannot read ${dir}: it is a folder, not a file` });
  });
});
