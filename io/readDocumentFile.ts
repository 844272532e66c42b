/**
 * Reads a document file for analysis (.md, .txt, .html, .docx), or says in one
 * sentence meant for the user why it cannot: a missing file, a folder, a
 * binary file, text that is not UTF-8, an empty document, a type Precedent
 * does not read, a damaged Word file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceFormat } from '../engine/index';
import { importDocx } from './importDocx';
import { importHtml } from './importHtml';

export type ReadResult = { ok: true; path: string; source: string; format: SourceFormat } | { ok: false; path: string; message: string };

/** Text formats read as they are; HTML is turned into Markdown first. Word files have their own reader. */
const FORMATS: Record<string, SourceFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.html': 'markdown', '.htm': 'markdown' };
const HTML = new Set(['.html', '.htm']);

/** How many leading bytes are checked for NUL, the mark of a binary file. */
const BINARY_PROBE = 8192;

/**
 * The largest document read. A statement is some 20 KB and the longest
 * document measured (100,000 words) 650 KB; parsing runs at about 1.5 MB/s,
 * so 10 MB keeps any analysis within seconds, where a 50 MB file would hold
 * the user for most of a minute.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export async function readDocumentFile(path: string): Promise<ReadResult> {
  const fail = (problem: string): ReadResult => ({ ok: false, path, message: `cannot read ${path}: ${problem}` });
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') {
    const imported = await importDocx(path);
    if (!imported.ok) return imported;
    return imported.markdown.trim() ? { ok: true, path, source: imported.markdown, format: 'markdown' } : fail('the document is empty');
  }
  const format = FORMATS[extension];
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('it is a folder, not a file');
    if (!format) return fail(`Precedent reads .md, .txt, .docx and .html files, not ${extname(path) || `"${basename(path)}" (no extension)`}`);
    if (info.size > MAX_DOCUMENT_BYTES) {
      return fail(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have (is it a statement?)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFileError(error));
  }
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return fail('it is a binary file, not text');
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(`it is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (HTML.has(extension)) source = importHtml(source);
  if (source.trim().length === 0) return fail('the document is empty');
  return { ok: true, path, source, format };
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/** Offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k] >> 6 !== 0b10) return i;
    i += length;
  }
  return bytes.length;
}
