/**
 * Reads a document file for analysis, or says in one sentence meant for the
 * user why it cannot: a missing file, a folder, a binary file, text that is
 * not UTF-8, an empty document, a type Precedent does not read.
 */
import { readFile, stat } from 'node:fs/promises';
import { cannotRead, extensionOf, decodeDocumentBytes, fileTypeProblem, TEXT_FORMATS } from '../engine/documentFiles';
import type { SourceFormat } from '../engine/index';

export type ReadResult =
  | {
      ok: true;
      path: string;
      source: string;
      format: SourceFormat;
      /** The file's bytes, when it was read as text: the version the caller got, to tell later whether the file changed since. */
      bytes?: Uint8Array;
    }
  | { ok: false; path: string; message: string };

/**
 * The largest document read. A statement is some 20 KB and the longest
 * document measured (100,000 words) 650 KB; parsing runs at about 1.5 MB/s,
 * so 10 MB keeps any analysis within seconds, where a 50 MB file would hold
 * the user for most of a minute.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** `reads` names what the caller reads, for the message about a file of another type. */
export async function readDocumentFile(path: string, reads = '.md and .txt files'): Promise<ReadResult> {
  const format = TEXT_FORMATS[extensionOf(path)];
  const typeProblem = format ? null : fileTypeProblem(path, reads);
  return readText(path, format ?? 'markdown', typeProblem);
}

/** Reads any text file with the same checks (the importers turn such text into Markdown). */
export function readTextFile(path: string): Promise<ReadResult> {
  return readText(path, 'markdown', null);
}

async function readText(path: string, format: SourceFormat, typeProblem: string | null): Promise<ReadResult> {
  const fail = (problem: string): ReadResult => ({ ok: false, path, message: cannotRead(path, problem) });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('it is a folder, not a file');
    if (typeProblem) return fail(typeProblem);
    if (info.size > MAX_DOCUMENT_BYTES) {
      return fail(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have (is it a statement?)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFileError(error));
  }
  const decoded = decodeDocumentBytes(bytes, new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }));
  if (!decoded.ok) return fail(decoded.problem);
  return { ok: true, path, source: decoded.text, format, bytes };
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
