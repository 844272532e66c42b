/**
 * Reads a document file for analysis, or says in one sentence meant for the
 * user why it cannot: a missing file, a folder, a binary file, text that is
 * not UTF-8, an empty document, a type Precedent does not read.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
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

/**
 * readDocumentFile, but the text is decoded when `source` is first read: a
 * command whose document is in the parse cache needs only its bytes (the
 * cache's key), and decoding 700 KB made a string of 1.4 MB for nothing.
 * The checks are the same and made at once; bytes that might fail them
 * (see acceptedUndecoded) are decoded at once, so that the message is
 * decodeDocumentBytes's.
 *
 * It is the command line's, which does nothing else while it reads its
 * files: the file is read synchronously, where fs/promises went through the
 * thread pool and back five times for a 700 KB file (stat, open, two reads,
 * close): 8-25 ms for the bench's pair against 7-15, on this loaded machine.
 */
export async function readDocumentFileLazily(path: string, reads = '.md and .txt files'): Promise<ReadResult> {
  const format = TEXT_FORMATS[extensionOf(path)];
  const typeProblem = format ? null : fileTypeProblem(path, reads);
  return readText(path, format ?? 'markdown', typeProblem, true);
}

/** Reads any text file with the same checks (the importers turn such text into Markdown). */
export function readTextFile(path: string): Promise<ReadResult> {
  return readText(path, 'markdown', null);
}

async function readText(path: string, format: SourceFormat, typeProblem: string | null, lazily = false): Promise<ReadResult> {
  const fail = (problem: string): ReadResult => ({ ok: false, path, message: cannotRead(path, problem) });
  let bytes: Buffer;
  try {
    const info = lazily ? statSync(path) : await stat(path);
    if (info.isDirectory()) return fail('it is a folder, not a file');
    if (typeProblem) return fail(typeProblem);
    if (info.size > MAX_DOCUMENT_BYTES) {
      return fail(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have (is it a statement?)`);
    }
    bytes = lazily ? readFileSync(path) : await readFile(path);
  } catch (error) {
    return fail(describeFileError(error));
  }
  const decode = () => decodeDocumentText(bytes);
  if (lazily && acceptedUndecoded(bytes)) {
    let text: string | undefined;
    return {
      ok: true,
      path,
      get source(): string {
        if (text === undefined) {
          const decoded = decode();
          // acceptedUndecoded vouched for the bytes: decoding them cannot fail.
          if (!decoded.ok) throw new Error(`${path}: ${decoded.problem}`);
          text = decoded.text;
        }
        return text;
      },
      format,
      bytes,
    };
  }
  const decoded = decode();
  if (!decoded.ok) return fail(decoded.problem);
  return { ok: true, path, source: decoded.text, format, bytes };
}

/** The text of a document file's bytes, as every reader decodes it (strict UTF-8, a BOM dropped), or why it is not a document. */
export function decodeDocumentText(bytes: Uint8Array): ReturnType<typeof decodeDocumentBytes> {
  return decodeDocumentBytes(bytes, new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }));
}

/** ASCII white space, all that trimming removes below 0x80. */
const isAsciiSpace = (byte: number) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

/**
 * Bytes decodeDocumentBytes surely accepts, told without decoding them: no
 * NUL (not binary), valid UTF-8, and an ASCII character that is not white
 * space before any other byte (not empty). Anything else is decoded to be
 * judged.
 */
function acceptedUndecoded(bytes: Uint8Array): boolean {
  if (bytes.includes(0) || !isUtf8(bytes)) return false;
  let at = 0;
  while (at < bytes.length && isAsciiSpace(bytes[at])) at++;
  return at < bytes.length && bytes[at] < 0x80;
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
