/**
 * What the commands read: document files, or documents of the embedded corpus
 * named by id. A document that cannot be read is a user's error with a
 * message, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { parseDocument, type ParsedDocument } from '../engine/index';
import { readImportedDocument } from '../io/readImportedDocument';
import { readCorpusCache, readCorpusFolder, type CorpusDocument } from '../io/corpus';
import { appRootOf, corpusCachePath, corpusFolder } from '../io/locations';

/** A user's input that cannot be used: the message names the file and the problem. */
export class InputError extends Error {}

export interface InputDocument {
  /** As the user named it. */
  file: string;
  document: ParsedDocument;
  date?: string;
  title?: string;
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

/** Reads a document named by path, or by an embedded corpus id when no such file exists. */
export async function readInput(name: string): Promise<InputDocument> {
  if (!existsSync(name)) {
    const known = (await embeddedCorpus()).find((doc) => doc.id === name);
    if (known) return { file: name, document: known.document, date: known.date, title: known.title };
  }
  const read = await readImportedDocument(name);
  if (!read.ok) throw new InputError(read.message);
  const document = parseDocument(read.source, { format: read.format });
  if (document.blocks.length === 0) throw new InputError(`cannot read ${name}: the document has no text`);
  const date = document.frontMatter.date;
  return { file: name, document, date: typeof date === 'string' ? date : undefined };
}
