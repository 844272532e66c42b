import fs from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDraft, saveDraft } from '../../main/files';
import { importDocumentFile } from '../../main/importMessages';
import { STATEMENT_HTML, STATEMENT_HTML_MARKDOWN, writeTrackedDocx } from '../fixtures/importedDocuments';

let folder: string;
let corpus: string;
/** The importers run in this thread here; the app runs them in its import worker (importWorker.test.ts). */
const imports = { importDocument: (path: string) => importDocumentFile(path) };
const save = (path: string, text: string) => saveDraft(path, text, { protectedFolders: [corpus] });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'precedent-files-'));
  corpus = join(folder, 'app', 'corpus');
  await mkdir(corpus, { recursive: true });
  await writeFile(join(corpus, 'joint-statement-2025.md'), '# Joint Statement 2025\n\nAgreed language.\n');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(folder, 0o700).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe('opening a draft', () => {
  it('a Markdown draft opens with its text and its name for the title bar', async () => {
    const path = join(folder, '2026 draft.md');
    await writeFile(path, '# Draft\n\nThe Parties — 日本 — reaffirm.\r\n');
    expect(await openDraft(path, imports)).toEqual({ ok: true, value: { path, name: '2026 draft.md', text: '# Draft\n\nThe Parties — 日本 — reaffirm.\r\n' } });
  });

  it('a Word document opens as a new unsaved draft named after it, carrying the versions its tracked changes hold', async () => {
    const path = join(folder, 'Outcome 2026.docx');
    const versions = await writeTrackedDocx(path);
    expect(await openDraft(path, imports)).toEqual({
      ok: true,
      value: { path: null, name: 'Outcome 2026.md', text: versions.after, importedFrom: { path, trackedChanges: versions } },
    });
  });

  it('an HTML page opens as a new unsaved Markdown draft', async () => {
    const path = join(folder, 'statement.HTML');
    await writeFile(path, STATEMENT_HTML);
    expect(await openDraft(path, imports)).toEqual({ ok: true, value: { path: null, name: 'statement.md', text: STATEMENT_HTML_MARKDOWN, importedFrom: { path, trackedChanges: null } } });
  });

  it('a plain text draft opens too', async () => {
    const path = join(folder, 'notes.txt');
    await writeFile(path, 'plain notes');
    expect(await openDraft(path, imports)).toMatchObject({ ok: true, value: { text: 'plain notes' } });
  });

  const problems: [story: string, make: (path: string) => Promise<void>, file: string, message: RegExp][] = [
    ['a file that is not there says so', async () => undefined, 'gone.md', /cannot read .*gone\.md: no such file/u],
    ['a binary file says it is binary', (path) => writeFile(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), 'zipped.md', /binary file, not text/u],
    ['text that is not UTF-8 gives the offset of the first bad byte', (path) => writeFile(path, Buffer.from('Caf\xe9 au lait', 'latin1')), 'latin1.txt', /not valid UTF-8 text \(first bad byte at offset 3\)/u],
    ['a text file renamed .docx is not taken for a Word document', (path) => writeFile(path, 'x'), 'draft.docx', /draft\.docx: it is not a Word document \(\.docx is a zip file\)/u],
    ['a spreadsheet is not a draft', (path) => writeFile(path, 'PK'), 'budget.xlsx', /reads \.md, \.txt, \.docx, \.pdf and \.html files, not \.xlsx/u],
    ['a folder is not a file', (path) => mkdir(path), 'folder.md', /it is a folder/u],
  ];
  it.each(problems)('%s', async (_story, make, file, message) => {
    const path = join(folder, file);
    await make(path);
    const result = await openDraft(path, imports);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('saving a draft is atomic', () => {
  it('a new draft is written with its text, and no temporary file is left beside it', async () => {
    const path = join(folder, 'draft.md');
    expect(await save(path, '# New\n')).toEqual({ ok: true, value: { path, name: 'draft.md' } });
    expect(await readFile(path, 'utf8')).toBe('# New\n');
    expect(await readdir(folder)).toEqual(['app', 'draft.md']);
  });

  it('saving over an earlier version replaces it whole, keeping Unicode and line endings as typed', async () => {
    const path = join(folder, 'draft.md');
    await writeFile(path, 'old text, much longer than the new one '.repeat(100));
    const text = 'Les Parties réaffirment — 日本\r\nsecond line';
    expect((await save(path, text)).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(folder)).toEqual(['app', 'draft.md']);
  });

  it('when the final rename fails, the old draft is intact and the temporary file is removed', async () => {
    const path = join(folder, 'draft.md');
    await writeFile(path, 'the saved version');
    vi.spyOn(fs, 'rename').mockImplementation(((_from: string, _to: string, callback: (error: NodeJS.ErrnoException) => void) =>
      callback(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }))) as unknown as typeof fs.rename);
    const result = await save(path, 'the new version');
    expect(result).toEqual({ ok: false, message: `cannot save ${path}: EIO: i/o error, rename` });
    expect(await readFile(path, 'utf8')).toBe('the saved version');
    expect(await readdir(folder)).toEqual(['app', 'draft.md']);
  });

  it('a path whose parent is a file fails with a clear message and writes nothing', async () => {
    await writeFile(join(folder, 'not-a-folder'), 'x');
    const path = join(folder, 'not-a-folder', 'draft.md');
    expect(await save(path, 'text')).toEqual({ ok: false, message: `cannot save ${path}: part of the path is a file, not a folder` });
    expect(await readdir(folder)).toEqual(['app', 'not-a-folder']);
  });

  it('a folder that does not exist is reported as such', async () => {
    const path = join(folder, 'missing', 'draft.md');
    expect(await save(path, 'text')).toEqual({ ok: false, message: `cannot save ${path}: its folder does not exist` });
  });

  const asRoot = process.getuid?.() === 0;
  // Root writes into read-only folders, so the case cannot happen for it; the rename-failure test covers the same ground.
  if (asRoot) console.warn('skipped: "a read-only folder keeps its old draft" cannot be tested as root, who may write anywhere');
  it.skipIf(asRoot)('a read-only folder keeps its old draft and says permission denied', async () => {
    const path = join(folder, 'draft.md');
    await writeFile(path, 'the saved version');
    await chmod(folder, 0o500);
    expect(await save(path, 'new')).toEqual({ ok: false, message: `cannot save ${path}: permission denied` });
    expect(await readFile(path, 'utf8')).toBe('the saved version');
  });

  it('a folder cannot be saved over', async () => {
    const path = join(folder, 'folder.md');
    await mkdir(path);
    expect(await save(path, 'x')).toEqual({ ok: false, message: `cannot save ${path}: it is a folder, not a file` });
  });

  it.each(['draft.docx', 'draft.json', 'draft'])('saving as %s is refused: drafts are .md or .txt', async (name) => {
    const path = join(folder, name);
    expect(await save(path, 'x')).toEqual({ ok: false, message: `cannot save ${path}: Precedent saves drafts as .md or .txt files` });
  });

  it('a relative path is refused', async () => {
    expect((await save('draft.md', 'x')).ok).toBe(false);
  });
});

describe('a draft never overwrites the corpus', () => {
  const targets: [story: string, path: () => string][] = [
    ['a corpus statement', () => join(corpus, 'joint-statement-2025.md')],
    ['a new file in the corpus folder', () => join(corpus, 'my-draft.md')],
    ['a file in a folder under the corpus', () => join(corpus, 'drafts', 'x.md')],
    ['a path that reaches the corpus through ..', () => join(folder, 'elsewhere', '..', 'app', 'corpus', 'joint-statement-2025.md')],
  ];
  it.each(targets)('%s is refused and left untouched', async (_story, target) => {
    const result = await save(target(), '# Overwritten');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/corpus folder .* a draft must never overwrite; save the draft elsewhere/u);
    expect(await readFile(join(corpus, 'joint-statement-2025.md'), 'utf8')).toBe('# Joint Statement 2025\n\nAgreed language.\n');
    expect((await readdir(corpus)).sort()).toEqual(['joint-statement-2025.md']);
  });

  it('a symbolic link into the corpus folder is seen through', async () => {
    await symlink(corpus, join(folder, 'shortcut'));
    const result = await save(join(folder, 'shortcut', 'joint-statement-2025.md'), '# Overwritten');
    expect(result.ok).toBe(false);
    expect(await readFile(join(corpus, 'joint-statement-2025.md'), 'utf8')).toContain('Agreed language.');
  });

  it('a folder merely named like the corpus, beside it, is fine', async () => {
    await mkdir(join(folder, 'app', 'corpus-drafts'));
    expect((await save(join(folder, 'app', 'corpus-drafts', 'x.md'), 'x')).ok).toBe(true);
  });
});
