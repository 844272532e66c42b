import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/index';
import { readCorpusFolder, type CorpusCache } from '../../io/corpus';
import { ParseCache } from '../../io/parseCache';
import { corpusFolder } from '../../io/locations';
import { importDocumentFile } from '../../main/importMessages';
import { addDocumentToCorpus, addToCorpus, listCorpus, readDocument, userCorpusFolder, type CorpusLocations } from '../../main/userCorpus';
import { STATEMENT_HTML, STATEMENT_HTML_MARKDOWN, writeTrackedDocx } from '../fixtures/importedDocuments';

const repositoryRoot = join(import.meta.dirname, '..', '..');
let embedded: CorpusCache;
let folder: string;
let locations: CorpusLocations;
/** The importers run in this thread here; the app runs them in its import worker (importWorker.test.ts). */
const imports = { importDocument: (path: string) => importDocumentFile(path) };

const note = (id: string, title: string) => `---\nid: ${id}\ntitle: ${title}\nkind: council-note\ndate: 2026-01-20\n---\n\n# ${title}\n\nDelegations will find in the annex the note.\n`;

beforeAll(async () => {
  // The embedded cache as the build writes it, from the real corpus.
  const { documents, problems } = await readCorpusFolder(corpusFolder(repositoryRoot));
  expect(problems).toEqual([]);
  embedded = { version: 1, documents };
});

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'precedent-corpus-'));
  locations = { cachePath: join(folder, 'app', 'dist', 'corpus', 'corpus.json'), userFolder: userCorpusFolder(join(folder, 'userData')) };
  await mkdir(join(folder, 'app', 'dist', 'corpus'), { recursive: true });
  await writeFile(locations.cachePath, JSON.stringify(embedded));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the corpus the renderer sees', () => {
  it('is the embedded statements, with their Markdown, when the user added nothing', async () => {
    const result = await listCorpus(locations);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.map((source) => source.id)).toEqual(embedded.documents.map((document) => document.id));
    const statement = result.value.find((source) => source.id === 'statement-2025');
    expect(statement).toMatchObject({ kind: 'joint-statement', userAdded: false });
    expect(statement?.source).toBe(await readFile(join(corpusFolder(repositoryRoot), 'statement-2025.md'), 'utf8'));
  });

  it('adds the documents in the user folder after the embedded ones, marked as added', async () => {
    await mkdir(locations.userFolder, { recursive: true });
    await writeFile(join(locations.userFolder, 'b-note.md'), note('note-b', 'Note B'));
    await writeFile(join(locations.userFolder, 'a-minutes.txt'), 'Minutes of the meeting.\n\nThe Parties agreed.');
    await writeFile(join(locations.userFolder, 'scan.pdf'), '%PDF-1.7');
    const result = await listCorpus(locations);
    if (!result.ok) throw new Error(result.message);
    const added = result.value.filter((source) => source.userAdded);
    expect(added.map(({ id, title, kind, date }) => ({ id, title, kind, date }))).toEqual([
      { id: 'a-minutes', title: 'a-minutes', kind: 'document', date: '' },
      { id: 'note-b', title: 'Note B', kind: 'council-note', date: '2026-01-20' },
    ]);
    expect(added[1].source).toBe(note('note-b', 'Note B'));
  });

  it('parses the documents the user added through the parsed-model cache the command line uses, and lists them the same from it', async () => {
    await mkdir(locations.userFolder, { recursive: true });
    await writeFile(join(locations.userFolder, 'b-note.md'), note('note-b', 'Note B'));
    await writeFile(join(locations.userFolder, 'a-minutes.txt'), 'Minutes of the meeting.\n\nThe Parties agreed.');
    const parseCache = new ParseCache({ folder: join(folder, 'cache', 'precedent', 'parsed') });
    const withCache = { ...locations, parseCache };
    const first = await listCorpus(withCache);
    await parseCache.flush();
    expect((await readdir(parseCache.folder)).filter((name) => name.endsWith('.model'))).toHaveLength(2);
    expect(await parseCache.get(note('note-b', 'Note B'), 'markdown')).toEqual(parseDocument(note('note-b', 'Note B')));
    expect(await listCorpus(withCache)).toEqual(first);
    expect(await listCorpus(locations)).toEqual(first);
  });

  it('an added copy of an embedded statement gets an id of its own', async () => {
    await mkdir(locations.userFolder, { recursive: true });
    await writeFile(join(locations.userFolder, 'copy.md'), await readFile(join(corpusFolder(repositoryRoot), 'statement-2025.md')));
    const result = await listCorpus(locations);
    if (!result.ok) throw new Error(result.message);
    const ids = result.value.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('statement-2025-2');
  });

  it('an unreadable file in the user folder is skipped, not fatal', async () => {
    await mkdir(locations.userFolder, { recursive: true });
    await writeFile(join(locations.userFolder, 'broken.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await writeFile(join(locations.userFolder, 'good.md'), note('good', 'Good'));
    const result = await listCorpus(locations);
    expect(result.ok && result.value.filter((source) => source.userAdded).map((source) => source.id)).toEqual(['good']);
  });

  it('a missing embedded cache says how to build it', async () => {
    await rm(locations.cachePath);
    const result = await listCorpus(locations);
    expect(result).toEqual({ ok: false, message: `cannot read the embedded corpus ${locations.cachePath}: it has not been built (npm run build)` });
  });

  it('a cache from an older build, without the Markdown, says to rebuild', async () => {
    const old = { version: 1, documents: embedded.documents.map(({ source: _source, ...rest }) => rest) };
    await writeFile(locations.cachePath, JSON.stringify(old));
    const result = await listCorpus(locations);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/has no source text .* run npm run build/u);
  });
});

describe('Add to corpus', () => {
  it('copies the file into the user folder, never into the app, and returns it as listed', async () => {
    const original = join(folder, 'note 2026.md');
    await writeFile(original, note('council-note-2026', 'Council note 2026'));
    const result = await addToCorpus(original, locations, imports);
    expect(result).toEqual({
      ok: true,
      value: { id: 'council-note-2026', title: 'Council note 2026', kind: 'council-note', date: '2026-01-20', source: note('council-note-2026', 'Council note 2026'), userAdded: true },
    });
    expect(await readdir(locations.userFolder)).toEqual(['note 2026.md']);
    expect(await readdir(join(folder, 'app', 'dist', 'corpus'))).toEqual(['corpus.json']);
    const listed = await listCorpus(locations);
    expect(listed.ok && listed.value.at(-1)).toEqual(result.ok && result.value);
  });

  it('adding the same file twice keeps one copy, and the second time says the corpus holds it', async () => {
    const original = join(folder, 'note.md');
    await writeFile(original, note('n', 'N'));
    expect((await addToCorpus(original, locations, imports)).ok).toBe(true);
    expect(await addToCorpus(original, locations, imports)).toEqual({ ok: false, message: 'note.md is not added: its text is already in the corpus, as “N” (2026-01-20)' });
    expect(await readdir(locations.userFolder)).toEqual(['note.md']);
  });

  it('a copy of a shipped statement, with other front matter and line breaks, is refused, naming the statement', async () => {
    const shipped = await readFile(join(corpusFolder(repositoryRoot), 'statement-2025.md'), 'utf8');
    const copy = shipped.replace(/^---[\s\S]*?---\n/u, '---\ntitle: Outcome 2025 (copy)\n---\n').replace(/\n\n/gu, '\n\n\n');
    await writeFile(join(folder, 'outcome.md'), copy);
    const result = await addToCorpus(join(folder, 'outcome.md'), locations, imports);
    expect(result).toEqual({
      ok: false,
      message: 'outcome.md is not added: its text is already in the corpus, as “Joint Statement of the third meeting of the European Union – Japan Digital Partnership Council” (2025-05-12)',
    });
    await expect(readdir(locations.userFolder)).rejects.toThrow();
  });

  it('a revision with one word changed is another document, and is added', async () => {
    const shipped = await readFile(join(corpusFolder(repositoryRoot), 'statement-2025.md'), 'utf8');
    await writeFile(join(folder, 'revised.md'), shipped.replace('reaffirmed the importance', 'underlined the importance'));
    const result = await addToCorpus(join(folder, 'revised.md'), locations, imports);
    expect(result.ok && result.value.id).toBe('statement-2025-2');
  });

  it('a different document with the same file name gets a numbered copy, leaving the first intact', async () => {
    await mkdir(join(folder, 'x'));
    await writeFile(join(folder, 'note.md'), note('first', 'First'));
    await writeFile(join(folder, 'x', 'note.md'), note('second', 'Second'));
    await addToCorpus(join(folder, 'note.md'), locations, imports);
    const second = await addToCorpus(join(folder, 'x', 'note.md'), locations, imports);
    expect(second.ok && second.value.id).toBe('second');
    expect((await readdir(locations.userFolder)).sort()).toEqual(['note-2.md', 'note.md']);
    expect(await readFile(join(locations.userFolder, 'note.md'), 'utf8')).toBe(note('first', 'First'));
  });

  it.each([
    ['a binary file', 'photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), /binary file/u],
    ['a spreadsheet', 'budget.xlsx', Buffer.from('PK'), /reads \.md, \.txt, \.docx, \.pdf and \.html files, not \.xlsx/u],
    ['a text file renamed .docx', 'fake.docx', Buffer.from('not a Word document'), /fake\.docx: it is not a Word document/u],
    ['an empty file', 'empty.md', Buffer.from('   \n'), /the document is empty/u],
  ])('%s is refused with the reason, and nothing is copied', async (_story, name, bytes, message) => {
    await writeFile(join(folder, name), bytes);
    const result = await addToCorpus(join(folder, name), locations, imports);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    await expect(readdir(locations.userFolder)).rejects.toThrow();
  });

  it('a Word document is added as the Markdown it imports to, beside the documents the user added', async () => {
    const versions = await writeTrackedDocx(join(folder, 'Outcome 2026.docx'));
    const result = await addToCorpus(join(folder, 'Outcome 2026.docx'), locations, imports);
    expect(result).toMatchObject({ ok: true, value: { title: 'Outcome', source: versions.after, userAdded: true } });
    expect(await readdir(locations.userFolder)).toEqual(['Outcome 2026.md']);
    expect(await readFile(join(locations.userFolder, 'Outcome 2026.md'), 'utf8')).toBe(versions.after);
  });

  it('an HTML page is added as Markdown, its script left out', async () => {
    await writeFile(join(folder, 'statement.html'), STATEMENT_HTML);
    await addToCorpus(join(folder, 'statement.html'), locations, imports);
    expect(await readFile(join(locations.userFolder, 'statement.md'), 'utf8')).toBe(STATEMENT_HTML_MARKDOWN);
  });
});

describe('a revision compared from a file', () => {
  it('is read without joining the corpus, and joins it when the user adds it', async () => {
    await writeFile(join(folder, 'rev 2.md'), note('rev-2', 'Rev 2'));
    const read = await readDocument(join(folder, 'rev 2.md'), imports);
    expect(read).toEqual({ ok: true, value: { name: 'rev 2.md', source: note('rev-2', 'Rev 2') } });
    const before = await listCorpus(locations);
    expect(before.ok && before.value.some((source) => source.userAdded)).toBe(false);
    if (!read.ok) return;
    const added = await addDocumentToCorpus(read.value, locations);
    expect(added).toMatchObject({ ok: true, value: { id: 'rev-2', title: 'Rev 2', userAdded: true } });
    expect(await readdir(locations.userFolder)).toEqual(['rev 2.md']);
    expect(await addDocumentToCorpus(read.value, locations)).toEqual({ ok: false, message: 'rev 2.md is not added: its text is already in the corpus, as “Rev 2” (2026-01-20)' });
  });

  it('a Word document read for a comparison is added as Markdown', async () => {
    const versions = await writeTrackedDocx(join(folder, 'Outcome.docx'));
    const read = await readDocument(join(folder, 'Outcome.docx'), imports);
    expect(read).toEqual({ ok: true, value: { name: 'Outcome.docx', source: versions.after } });
    if (!read.ok) return;
    await addDocumentToCorpus(read.value, locations);
    expect(await readdir(locations.userFolder)).toEqual(['Outcome.md']);
  });
});
