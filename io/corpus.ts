/**
 * The corpus: one Markdown file per document with front matter. The embedded
 * corpus is parsed once at build time into a cache next to the built app, so
 * no start-up pays remark's parsing cost; a user's folder is parsed on read.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedDocument, SourceFormat } from '../engine/index';
import type { ParseDocumentsOptions } from './parseDocuments';
import { readDocumentFile } from './readDocumentFile';

export type CorpusKind = 'partnership' | 'joint-statement' | 'council-note' | 'presentation';

export interface CorpusDocument {
  id: string;
  /** The file's name in its folder. */
  file: string;
  title: string;
  kind: CorpusKind | string;
  date: string;
  /** The file's text as read, for showing and quoting it (the model has only plain text). */
  source: string;
  document: ParsedDocument;
}

/** Kinds that count as prior statements by default: a slide deck is not agreed language. */
export const STATEMENT_KINDS: ReadonlySet<string> = new Set(['partnership', 'joint-statement', 'council-note']);

/**
 * Reads every .md and .txt file of a folder as a corpus document, in
 * file-name order. `options` say how they are parsed (the cache, workers):
 * by default on this thread, without cache.
 */
export async function readCorpusFolder(folder: string, options: ParseDocumentsOptions = { workers: 0 }): Promise<{ documents: CorpusDocument[]; problems: string[] }> {
  const names = (await readdir(folder)).filter((name) => /\.(md|markdown|txt)$/iu.test(name)).sort();
  const read: Array<{ name: string; source: string; format: SourceFormat }> = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = await readDocumentFile(join(folder, name));
    if (file.ok) read.push({ name, source: file.source, format: file.format });
    else problems.push(file.message);
  }
  // Loaded here, not at the top: a command that reads no corpus folder starts without the parser.
  const { parseDocuments } = await import('./parseDocuments');
  const parsed = await parseDocuments(read, options);
  return { documents: read.map(({ name, source }, k) => toCorpusDocument(name, source, parsed[k])), problems };
}

export function toCorpusDocument(file: string, source: string, document: ParsedDocument): CorpusDocument {
  const meta = document.frontMatter;
  const text = (key: string): string | null => (typeof meta[key] === 'string' ? (meta[key] as string) : null);
  const id = text('id') ?? file.replace(/\.[^.]+$/u, '');
  const heading = document.blocks.find((block) => block.kind === 'heading');
  return { id, file, title: text('title') ?? heading?.text ?? id, kind: text('kind') ?? 'document', date: text('date') ?? '', source, document };
}

/** The cache of the embedded corpus, as written by the build. */
export interface CorpusCache {
  version: 1;
  documents: CorpusDocument[];
}

export async function readCorpusCache(path: string): Promise<CorpusDocument[]> {
  const cache = JSON.parse(await readFile(path, 'utf8')) as CorpusCache;
  if (cache.version !== 1) throw new Error(`corpus cache ${path} has version ${String(cache.version)}, expected 1`);
  return cache.documents;
}
