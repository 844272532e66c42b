/**
 * The corpus the renderer sees: the embedded statements, read from the cache
 * the build writes (dist/corpus/corpus.json), and the documents the user
 * added, kept as copies in `<userData>/corpus/` and never among the app's
 * own files.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { CorpusSource, DocumentText, Result } from '../contract/api';
import { alreadyInCorpusMessage, cannotRead, EMPTY_DOCUMENT, findSameDocument, type SourceFormat } from '../engine/index';
import { readCorpusCache, toCorpusDocument, type CorpusDocument } from '../io/corpus';
import { parseDocuments } from '../io/parseDocuments';
import type { ParseCache } from '../io/parseCache';
import { readDocumentFile } from '../io/readDocumentFile';
import { describeWriteError, type OpenOptions } from './files';
import { isImported } from './importProtocol';
import { writeAtomically } from '../io/writeAtomically';

export const USER_CORPUS_FOLDER = 'corpus';
export const userCorpusFolder = (userData: string): string => join(userData, USER_CORPUS_FOLDER);

export interface CorpusLocations {
  /** The embedded corpus cache, dist/corpus/corpus.json under the app root. */
  cachePath: string;
  /** `<userData>/corpus`. */
  userFolder: string;
  /** The parsed-model cache the command line uses too: a document added is parsed once, not at every start. Default: none. */
  parseCache?: ParseCache | null;
}

const DOCUMENT_FILE = /\.(md|markdown|txt)$/iu;

export async function listCorpus(locations: CorpusLocations): Promise<Result<CorpusSource[]>> {
  const embedded = await readEmbeddedCorpus(locations.cachePath);
  if (!embedded.ok) return embedded;
  const added = await readUserDocuments(locations, new Set(embedded.value.map((source) => source.id)));
  return { ok: true, value: [...embedded.value, ...added.map((entry) => entry.source)] };
}

/**
 * Copies `file` into the user's corpus folder (atomically, after checking it
 * reads as a document) and returns it as the renderer will list it. A Word,
 * PDF or HTML document is stored as the Markdown it imports to (report.docx
 * as report.md). A document whose text the corpus holds already (the same
 * file, or a copy of a statement shipped with the app) is refused, saying
 * which document holds it.
 */
export async function addToCorpus(file: string, locations: CorpusLocations, { importDocument }: OpenOptions): Promise<Result<CorpusSource>> {
  const read = await readForCorpus(file, importDocument);
  if (!read.ok) return read;
  return storeInCorpus({ name: basename(file), stem: basename(file, extname(file)), extension: read.value.extension, source: read.value.source, original: file }, locations);
}

/**
 * Adds a document the page already holds (a revision read for a comparison)
 * to the user's corpus as `<name>.md`, with the same checks as addToCorpus.
 */
export async function addDocumentToCorpus(document: DocumentText, locations: CorpusLocations): Promise<Result<CorpusSource>> {
  if (document.source.trim() === '') return { ok: false, message: cannotRead(document.name, EMPTY_DOCUMENT) };
  const stem = basename(document.name, extname(document.name));
  const extension = DOCUMENT_FILE.test(document.name) ? extname(document.name) : '.md';
  return storeInCorpus({ name: document.name, stem, extension, source: document.source, original: null }, locations);
}

interface CorpusCopy {
  /** The document's file name, for messages. */
  name: string;
  stem: string;
  extension: string;
  source: string;
  /** The file it was read from, or null for text the page sent. */
  original: string | null;
}

async function storeInCorpus(copy: CorpusCopy, locations: CorpusLocations): Promise<Result<CorpusSource>> {
  const listed = await listCorpus(locations);
  const same = listed.ok ? findSameDocument(copy.source, listed.value) : undefined;
  if (same) return { ok: false, message: alreadyInCorpusMessage(copy.name, same) };
  const folder = locations.userFolder;
  let name: string;
  try {
    await mkdir(folder, { recursive: true });
    name = await copyName(folder, copy);
    await writeAtomically(join(folder, name), copy.source);
  } catch (error) {
    return { ok: false, message: `cannot add ${copy.name} to the corpus: ${describeWriteError(error)}` };
  }
  const embedded = await readEmbeddedCorpus(locations.cachePath);
  const taken = new Set(embedded.ok ? embedded.value.map((source) => source.id) : []);
  const added = (await readUserDocuments(locations, taken)).find((entry) => entry.file === name);
  if (added === undefined) return { ok: false, message: `cannot add ${copy.name} to the corpus: the copy in ${folder} does not read back` };
  return { ok: true, value: added.source };
}

async function readEmbeddedCorpus(cachePath: string): Promise<Result<CorpusSource[]>> {
  let documents: CorpusDocument[];
  try {
    documents = await readCorpusCache(cachePath);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, message: `cannot read the embedded corpus ${cachePath}: ${missing ? 'it has not been built (npm run build)' : (error as Error).message}` };
  }
  const sources: CorpusSource[] = [];
  for (const document of documents) {
    const source: unknown = document.source;
    if (typeof source !== 'string') {
      return { ok: false, message: `cannot read the embedded corpus ${cachePath}: ${document.file} has no source text (a cache from an older build: run npm run build)` };
    }
    sources.push({ id: document.id, title: document.title, kind: document.kind, date: document.date, source, userAdded: false });
  }
  return { ok: true, value: sources };
}

/**
 * The user's documents in file-name order. An unreadable file is skipped
 * (and logged) rather than hiding the rest; an id already taken (a copy of
 * an embedded statement, say) gets a numbered suffix so ids stay unique.
 */
async function readUserDocuments({ userFolder: folder, parseCache = null }: CorpusLocations, taken: Set<string>): Promise<{ file: string; source: CorpusSource }[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => DOCUMENT_FILE.test(name)).sort();
  } catch {
    return [];
  }
  const read: Array<{ name: string; source: string; format: SourceFormat }> = [];
  for (const name of names) {
    const file = await readDocumentFile(join(folder, name));
    if (file.ok) read.push({ name, source: file.source, format: file.format });
    else console.warn(file.message);
  }
  // On this thread: main reads a few documents, fewer than pay for a worker's start.
  const parsed = await parseDocuments(read, { cache: parseCache, workers: 0 });
  const entries: { file: string; source: CorpusSource }[] = [];
  read.forEach(({ name, source }, k) => {
    const document = toCorpusDocument(name, source, parsed[k]);
    let id = document.id;
    for (let n = 2; taken.has(id); n++) id = `${document.id}-${n}`;
    taken.add(id);
    entries.push({ file: name, source: { id, title: document.title, kind: document.kind, date: document.date, source: document.source, userAdded: true } });
  });
  return entries;
}

/**
 * Reads `file` as the corpus would store it, without storing it: a revision
 * read for a comparison joins the corpus only when the user adds it.
 */
export async function readDocument(file: string, { importDocument }: Pick<OpenOptions, 'importDocument'>): Promise<Result<DocumentText>> {
  const read = await readForCorpus(file, importDocument);
  return read.ok ? { ok: true, value: { name: basename(file), source: read.value.source } } : read;
}

/** The text to store for `file` and the extension its copy gets: its own, or .md for an imported document. */
async function readForCorpus(file: string, importDocument: OpenOptions['importDocument']): Promise<Result<{ source: string; extension: string }>> {
  if (isImported(file)) {
    const imported = await importDocument(file);
    return imported.ok ? { ok: true, value: { source: imported.markdown, extension: '.md' } } : imported;
  }
  const read = await readDocumentFile(file, '.md, .txt, .docx, .pdf and .html files');
  return read.ok ? { ok: true, value: { source: read.source, extension: extname(file) } } : { ok: false, message: read.message };
}

/** The name for the copy: the document's own name (with its extension), or a numbered one if a different document already has it. */
async function copyName(folder: string, { stem, extension, source, original }: CorpusCopy): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}${extension}` : `${stem}-${n}${extension}`;
    const target = join(folder, name);
    if (original !== null && resolve(target) === resolve(original)) return name;
    const existing = await readFile(target, 'utf8').catch(() => null);
    if (existing === null || existing === source) return name;
  }
}
