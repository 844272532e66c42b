/**
 * Imports a PDF as Markdown with pdf.js, or says in one sentence meant for
 * the user why it cannot: not a PDF, cut short or damaged, protected by a
 * password, without a text layer (a scan), too large. The only file that
 * imports pdf.js; pdfLines and pdfLayout turn the text it places into lines
 * and paragraphs.
 *
 * pdf.js runs with `isEvalSupported: false` (CVE-2024-4367: a crafted font
 * ran code through `new Function`) and reads its standard fonts and
 * character maps from its own package folder, never from a URL.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPdfText } from './pdfLayout';
import type { PdfPage, PdfTextRun } from './pdfLines';
import { MAX_DOCUMENT_BYTES } from './readDocumentFile';

export type PdfImportResult = { ok: true; markdown: string; pageCount: number } | { ok: false; path: string; message: string };

export interface ImportPdfOptions {
  /** Called after each page is read, with the pages read so far and the page count. */
  onProgress?: (pagesRead: number, pageCount: number) => void;
  /**
   * The folder holding pdf.js's `standard_fonts` and `cmaps` (default: the
   * installed pdfjs-dist package). The packaged app has no node_modules: its
   * importer passes the copy the build puts beside it.
   */
  pdfjsData?: string;
}

/**
 * The largest PDF read. A PDF carries its fonts and images: a 100-page note
 * with embedded fonts is 1-3 MB, a statement with photographs stays well
 * under 50 MB.
 */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** A PDF's header may follow some bytes of junk, and its end marker be followed by some (PDF 1.7, Annex H). */
const MARKER_WINDOW = 1024;

/** The installed pdfjs-dist package's folder, resolved only when no data folder is given (it does not exist in the packaged app). */
const installedPdfjs = (): string => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function importPdf(path: string, options: ImportPdfOptions = {}): Promise<PdfImportResult> {
  const fail = (problem: string): PdfImportResult => ({ ok: false, path, message: `cannot read ${path}: ${problem}` });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('it is a folder, not a file');
    if (info.size > MAX_PDF_BYTES) return fail(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_PDF_BYTES / 1024 / 1024} MB a PDF may have`);
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFileError(error));
  }
  if (bytes.length === 0) return fail('the file is empty (0 bytes), not a PDF');
  if (!bytes.subarray(0, MARKER_WINDOW).includes('%PDF-')) return fail(isText(bytes) ? 'it is a text file, not a PDF' : 'it is not a PDF (it does not start with %PDF-)');
  if (!bytes.subarray(-MARKER_WINDOW).includes('%%EOF')) return fail('the PDF is damaged: it is cut short (it has no %%EOF end marker)');

  const pdfjs = await loadPdfjs();
  const task: PDFDocumentLoadingTask = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl: `${join(options.pdfjsData ?? installedPdfjs(), 'standard_fonts')}/`,
    cMapUrl: `${join(options.pdfjsData ?? installedPdfjs(), 'cmaps')}/`,
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    // Only text is read: no image is decoded, so no WebAssembly decoder is needed.
    useWasm: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as Error).name === 'PasswordException') return fail('the PDF is encrypted with a password; save a copy without the password and import that');
    return fail(`the PDF is damaged (${(error as Error).message})`);
  }
  try {
    const pages: PdfPage[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      let page: PdfPage;
      try {
        page = await readPage(document, number);
      } catch (error) {
        return fail(`the PDF is damaged (page ${number} of ${document.numPages} cannot be read: ${(error as Error).message})`);
      }
      characters += page.runs.reduce((sum, run) => sum + run.text.trim().length, 0);
      pages.push(page);
      options.onProgress?.(number, document.numPages);
    }
    if (characters === 0) return fail('the PDF has no text layer (scanned?)');
    const markdown = layoutPdfText(pages);
    if (markdown.trim().length === 0) return fail('the PDF has no text besides its running headers and footers (scanned?)');
    const size = Buffer.byteLength(markdown);
    if (size > MAX_DOCUMENT_BYTES) return fail(`its text is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have`);
    return { ok: true, markdown, pageCount: document.numPages };
  } finally {
    await task.destroy();
  }
}

/** The text runs of one page, horizontal text only (a rotated stamp or margin note is not the document's text). */
async function readPage(document: PDFDocumentProxy, number: number): Promise<PdfPage> {
  const page = await document.getPage(number);
  const [left, bottom, right, top] = page.view;
  const content = await page.getTextContent();
  const runs: PdfTextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.length === 0) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
    runs.push({ text: item.str, x: e - left, y: f - bottom, width: item.width, size: d });
  }
  page.cleanup();
  return { width: right - left, height: top - bottom, runs };
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsLoading: Promise<Pdfjs> | undefined;

/**
 * pdf.js in the calling thread. In Node it runs its worker's code in the same
 * thread anyway; handing it the worker module (rather than letting it import
 * the file by name) lets a bundler bundle it. Loaded on first use, so that
 * commands that read no PDF do not pay for it.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= (async () => {
    // pdf.js builds a DOMMatrix as it loads. In Node it borrows one from the
    // optional native @napi-rs/canvas, which the packaged app does not carry
    // (and npm may skip): without it, the import itself threw. Only text is
    // read, so the geometry shim is all that is needed.
    if (!('DOMMatrix' in globalThis)) (globalThis as { DOMMatrix?: unknown }).DOMMatrix = (await import('@thednp/dommatrix')).default;
    // @ts-expect-error pdf.js ships no types for its worker module; only WorkerMessageHandler is used, by pdf.js itself.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoading;
}

/** A file of UTF-8 text without NUL bytes, for a clearer message than "not a PDF". */
function isText(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return false;
  try {
    // Streaming, so that a character cut at the end of the probe is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(probe, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
