/**
 * Checks on what the renderer sends. The renderer is our own code, but it
 * shows documents from outside, so main trusts nothing it receives: every
 * argument is checked for type and size before it reaches a file.
 */
import { Buffer } from 'node:buffer';
import { isAbsolute } from 'node:path';
import type { DocumentText, ExportFormat, ExportRequest, RevisionToExport } from '../contract/api';

/** A draft or a statement is a few hundred kilobytes; 50 MB is far beyond any real text and still safe to hold. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;
/** Longer than any path an operating system accepts (Linux PATH_MAX is 4096 bytes). */
export const MAX_PATH_LENGTH = 4096;
/** A file name, as most file systems limit it. */
export const MAX_NAME_LENGTH = 255;

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };
export type Check<T> = (value: unknown) => Checked<T>;

const pass = <T>(value: T): Checked<T> => ({ ok: true, value });
const refuse = <T>(problem: string): Checked<T> => ({ ok: false, problem });

export const text: Check<string> = (value) => {
  if (typeof value !== 'string') return refuse('the text must be a string');
  // Cheap bound first: a string of n UTF-16 units is at most 3n UTF-8 bytes.
  if (value.length * 3 > MAX_TEXT_BYTES && Buffer.byteLength(value, 'utf8') > MAX_TEXT_BYTES) return refuse('the text is larger than 50 MB');
  return pass(value);
};

export const absolutePath: Check<string> = (value) => {
  if (typeof value !== 'string' || value === '') return refuse('the path must be a non-empty string');
  if (value.length > MAX_PATH_LENGTH) return refuse(`the path is longer than ${MAX_PATH_LENGTH} characters`);
  if (value.includes('\0')) return refuse('the path contains a NUL character');
  if (!isAbsolute(value)) return refuse(`the path must be absolute, not ${JSON.stringify(value)}`);
  return pass(value);
};

export const absolutePathOrNull: Check<string | null> = (value) => (value === null ? pass(null) : absolutePath(value));

/** A file name without folders, as suggested for Save As. */
export const fileName: Check<string> = (value) => {
  if (typeof value !== 'string') return refuse('the file name must be a string');
  if (value.length > MAX_NAME_LENGTH) return refuse(`the file name is longer than ${MAX_NAME_LENGTH} characters`);
  if (/[/\\\0]/u.test(value)) return refuse('the file name must not contain a folder');
  return pass(value);
};

/** A document the page read (a revision to add to the corpus), rebuilt field by field; its name must be a plain file name. */
export const documentText: Check<DocumentText> = (value) => {
  if (typeof value !== 'object' || value === null) return refuse('the document must be an object');
  const { name, source } = value as Record<string, unknown>;
  const checkedName = fileName(name);
  if (!checkedName.ok) return checkedName;
  if (checkedName.value.trim() === '' || /^\.+$/u.test(checkedName.value)) return refuse('the document needs a file name');
  const checkedSource = text(source);
  if (!checkedSource.ok) return checkedSource;
  return pass({ name: checkedName.value, source: checkedSource.value });
};

export const windowState: Check<{ name: string; dirty: boolean }> = (value) => {
  if (typeof value !== 'object' || value === null) return refuse('the window state must be an object');
  const { name, dirty } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.length > MAX_PATH_LENGTH) return refuse('the window state needs a name (a string)');
  if (typeof dirty !== 'boolean') return refuse('the window state needs dirty (a boolean)');
  return pass({ name, dirty });
};

/** Far more priors than the corpus holds; the desk offers the corpus's statements. */
export const MAX_PRIORS = 1000;
const EXPORT_FORMATS: readonly string[] = ['docx', 'html', 'pdf', 'csv'];

/** An export request, rebuilt field by field so that nothing else the page sent reaches the exporter. */
export const exportRequest: Check<ExportRequest> = (value) => {
  if (typeof value !== 'object' || value === null) return refuse('the export request must be an object');
  const { format, subject } = value as Record<string, unknown>;
  if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format)) return refuse(`the export format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (typeof subject !== 'object' || subject === null) return refuse('the export request needs a subject (an object)');
  const fields = subject as Record<string, unknown>;
  if (fields.kind === 'draft') {
    const name = fileName(fields.name);
    if (!name.ok) return name;
    const draft = text(fields.text);
    if (!draft.ok) return draft;
    const { priorIds } = fields;
    if (!Array.isArray(priorIds) || priorIds.length > MAX_PRIORS || !priorIds.every((id) => typeof id === 'string' && id.length <= MAX_NAME_LENGTH)) {
      return refuse(`the draft's priorIds must be a list of at most ${MAX_PRIORS} corpus ids`);
    }
    return pass({ format: format as ExportFormat, subject: { kind: 'draft', name: name.value, text: draft.value, priorIds: [...(priorIds as string[])] } });
  }
  if (fields.kind === 'revisions') {
    const sides: RevisionToExport[] = [];
    for (const side of [fields.old, fields.new]) {
      if (typeof side !== 'object' || side === null) return refuse('a revision review needs old and new, each with a title and a source');
      const { title, source } = side as Record<string, unknown>;
      if (typeof title !== 'string' || title.length > MAX_PATH_LENGTH) return refuse(`a revision's title must be a string of at most ${MAX_PATH_LENGTH} characters`);
      const checked = text(source);
      if (!checked.ok) return checked;
      sides.push({ title, source: checked.value });
    }
    // Both sides together are held as one text would be.
    if ((sides[0].source.length + sides[1].source.length) * 3 > MAX_TEXT_BYTES && Buffer.byteLength(sides[0].source + sides[1].source, 'utf8') > MAX_TEXT_BYTES) {
      return refuse('the two revisions together are larger than 50 MB');
    }
    return pass({ format: format as ExportFormat, subject: { kind: 'revisions', old: sides[0], new: sides[1] } });
  }
  return refuse('the export subject must be a draft or revisions');
};

/** Checks a whole argument list: exactly as many arguments as checks, each passing its own. */
export function checkArguments<A extends unknown[]>(args: unknown[], checks: { [K in keyof A]: Check<A[K]> }): Checked<A> {
  const list = checks as unknown as Check<unknown>[];
  if (args.length !== list.length) return refuse(`expected ${list.length} argument${list.length === 1 ? '' : 's'}, got ${args.length}`);
  const values: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const checked = list[i](args[i]);
    if (!checked.ok) return checked;
    values.push(checked.value);
  }
  return pass(values as A);
}
