/**
 * What Precedent says about a file it cannot read as a document, in one
 * place: the command line, the desktop app and browser mode refuse a picture
 * or a binary file in the same words.
 */
import type { SourceFormat } from './parseDocument';

/** The text formats read as they are; Word, PDF and HTML are imported (in Node) first. */
export const TEXT_FORMATS: Readonly<Record<string, SourceFormat>> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text' };

/** The documents imported to Markdown first (by the Node importers of the command line and the desktop app). */
export const IMPORTED_EXTENSIONS: readonly string[] = ['.docx', '.pdf', '.html', '.htm'];

/** How many leading bytes are checked for NUL, the mark of a binary file. */
const BINARY_PROBE = 8192;

/** The extension of `name`, lower case with its dot, or '' for none. */
export function extensionOf(name: string): string {
  return /\.[^./\\]+$/u.exec(name)?.[0].toLowerCase() ?? '';
}

/** "cannot read photo.png: …": every message about a file starts so. */
export function cannotRead(name: string, problem: string): string {
  return `cannot read ${name}: ${problem}`;
}

/** Why a file of this type is not read; `reads` names what the caller reads ("`.md and .txt files`"). */
export function fileTypeProblem(name: string, reads: string): string {
  const extension = /\.[^./\\]+$/u.exec(name)?.[0];
  const base = name.split(/[\\/]/u).pop() ?? name;
  return `Precedent reads ${reads}, not ${extension ?? `"${base}" (no extension)`}`;
}

/**
 * The text of a document file's bytes, or why they are not a document:
 * binary, not UTF-8, or empty. `utf8` is the platform's strict decoder
 * (`new TextDecoder('utf-8', { fatal: true })`, in Node and in the page
 * alike; the engine itself has no platform).
 */
export function decodeDocumentBytes(bytes: Uint8Array, utf8: { decode(bytes: Uint8Array): string }): { ok: true; text: string } | { ok: false; problem: string } {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { ok: false, problem: 'it is a binary file, not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: `it is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  if (text.trim().length === 0) return { ok: false, problem: EMPTY_DOCUMENT };
  return { ok: true, text };
}

export const EMPTY_DOCUMENT = 'the document is empty';

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
