/**
 * What the commands read: document files, or documents of the embedded corpus
 * named by id. A document that cannot be read is a user's error with a
 * message, never a stack trace.
 *
 * Only what a command needs is loaded: the parser when a file is parsed, the
 * Word, PDF and HTML importers when such a file is read.
 */
import { existsSync } from 'node:fs';
import { extensionOf, IMPORTED_EXTENSIONS } from '../engine/documentFiles';
import type { ParsedDocument, SourceFormat } from '../engine/index';
import { readCorpusCache, readCorpusFolder, type CorpusDocument } from '../io/corpus';
import { appRootOf, corpusCachePath, corpusFolder } from '../io/locations';
import { readDocumentFileLazily, type ReadResult } from '../io/readDocumentFile';
import type { ParseCache } from '../io/parseCache';

/** A user's input that cannot be used: the message names the file and the problem. */
export class InputError extends Error {}

export interface InputDocument {
  /** As the user named it. */
  file: string;
  document: ParsedDocument;
  date?: string;
  title?: string;
}

/**
 * Opens the parsed-model cache, or gives null (`--no-cache`). Asked for only
 * when a document file is read: the cache's module, with node:crypto, is
 * then loaded, and never by `--help` or a command on the embedded corpus.
 */
export type CacheOpener = () => Promise<ParseCache | null>;

export interface ReadOptions {
  cache: CacheOpener;
  /** Called once before any document is parsed (none is when all are cached or embedded). */
  beforeParse?: () => void;
}

let embedded: Promise<CorpusDocument[]> | undefined;

/** The embedded corpus: the build's parsed cache, or the corpus folder when no build has run. */
export function embeddedCorpus(): Promise<CorpusDocument[]> {
  embedded ??= (async () => {
    const root = appRootOf(import.meta.url);
    const cache = corpusCachePath(root);
    if (existsSync(cache)) return readCorpusCache(cache);
    return (await readCorpusFolder(corpusFolder(root))).documents;
  })();
  return embedded;
}

/**
 * Reads documents named by path, or by an embedded corpus id when no such
 * file exists; the files are read in order (the first that cannot be read
 * is the error), then parsed together (io/parseDocuments: cached, and in
 * parallel when that pays).
 */
export async function readInputs(names: readonly string[], { cache, beforeParse }: ReadOptions): Promise<InputDocument[]> {
  const inputs: Array<InputDocument | null> = [];
  // Asked for at once when a file is named, so that loading them (from disk, through the thread pool) overlaps reading the files.
  const parsing = names.some((name) => existsSync(name)) ? Promise.all([import('../io/parseDocuments'), cache()]) : null;
  // Awaited below; a failure here is the same failure there.
  parsing?.catch(() => {});
  const toParse: Array<{ at: number; name: string; source: string; format: SourceFormat; bytes?: Uint8Array }> = [];
  for (const name of names) {
    if (!existsSync(name)) {
      const known = (await embeddedCorpus()).find((doc) => doc.id === name);
      if (known) {
        inputs.push({ file: name, document: known.document, date: known.date, title: known.title });
        continue;
      }
    }
    const read = await readFile(name);
    if (!read.ok) throw new InputError(read.message);
    const { format, bytes } = read;
    // The text is read (and decoded) only when the document is parsed, not when the cache holds it.
    toParse.push({ at: inputs.length, name, format, bytes, get source() { return read.source; } });
    inputs.push(null);
  }
  if (toParse.length > 0) {
    const [{ parseDocuments }, opened] = await (parsing ?? Promise.all([import('../io/parseDocuments'), cache()]));
    const documents = await parseDocuments(toParse, { cache: opened, workers: workersAllowed(), beforeParse });
    toParse.forEach(({ at, name }, k) => {
      const document = documents[k];
      if (document.blocks.length === 0) throw new InputError(`cannot read ${name}: the document has no text`);
      const date = document.frontMatter.date;
      inputs[at] = { file: name, document, date: typeof date === 'string' ? date : undefined };
    });
  }
  return inputs as InputDocument[];
}

async function readFile(name: string): Promise<ReadResult> {
  if (IMPORTED_EXTENSIONS.includes(extensionOf(name))) {
    const { readImportedDocument } = await import('../io/readImportedDocument');
    return readImportedDocument(name);
  }
  // Decoded only if parsed: a document in the parse cache is known by its bytes.
  return readDocumentFileLazily(name, '.md, .txt, .docx, .pdf and .html files');
}

/** PRECEDENT_PARSE_WORKERS=N: at most N parse workers (0: the main thread only), to measure what they bring. */
function workersAllowed(): number | undefined {
  const value = process.env.PRECEDENT_PARSE_WORKERS;
  return value === undefined || value === '' ? undefined : Math.max(0, Number.parseInt(value, 10) || 0);
}
