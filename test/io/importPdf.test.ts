import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/index';
import { importPdf, MAX_PDF_BYTES } from '../../io/importPdf';
import { readImportedDocument } from '../../io/readImportedDocument';
import { CHROMIUM, launchChromium, type BrowserContext } from '../e2e/support/browser';
import { documentHtml, pdfmakePdf, printPdf } from '../fixtures/pdfs';

const chromium = existsSync(CHROMIUM);
if (!chromium) console.warn(`skipped: the PDFs printed by Chromium need Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);

const statement2025 = readFileSync(new URL('../../corpus/statement-2025.md', import.meta.url), 'utf8');
const paragraphs2025 = parseDocument(statement2025)
  .blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 400)
  .map((block) => block.text);

let dir: string;
let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precedent-import-pdf-'));
  if (chromium) ({ browser, close: closeBrowser } = await launchChromium());
});

afterAll(async () => {
  await closeBrowser?.();
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** The text pdf.js finds on each page: what the PDF really holds, before any layout. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return texts;
}

async function imported(path: string): Promise<string> {
  const result = await importPdf(path);
  if (!result.ok) throw new Error(result.message);
  return result.markdown;
}

const kindsAndTexts = (markdown: string) => parseDocument(markdown).blocks.map(({ kind, level, text }) => ({ kind, level, text }));

describe.skipIf(!chromium)('importPdf on PDFs printed by Chromium', () => {
  it('a two-page statement with a running header and footer reads as its headings and paragraphs, the paragraph cut by the page break whole', async () => {
    const [opening, ...others] = paragraphs2025;
    const parts = others.slice(0, 5);
    const long = parts.join(' ');
    const closing = others[5];
    const bytes = await printPdf(
      browser,
      `<h1>Joint Statement</h1><p>${opening}</p><h2>1. Data governance</h2><p>${long}</p><h2>2. Way forward</h2><p>${closing}</p>`,
      { header: 'LIMITE\n8288/1/26 REV 1', footer: '8288/1/26 REV 1\n{page}\nEN' },
    );
    const pages = await pageTexts(bytes);
    // The PDF is what the story needs: two pages, the header and footer on each, the long paragraph on both.
    expect(pages).toHaveLength(2);
    for (const page of pages) expect(page).toMatch(/LIMITE.*8288\/1\/26 REV 1/su);
    expect(pages[0]).toContain(long.slice(0, 40));
    expect(pages[1]).toContain(long.slice(-40));

    const path = await write('two-pages.pdf', bytes);
    const markdown = await imported(path);
    expect(markdown).not.toMatch(/LIMITE|8288|^\s*[12]\s*$|^EN$/mu);
    expect(kindsAndTexts(markdown)).toEqual([
      { kind: 'heading', level: 1, text: 'Joint Statement' },
      { kind: 'paragraph', level: 0, text: opening },
      { kind: 'heading', level: 2, text: '1. Data governance' },
      { kind: 'paragraph', level: 0, text: long },
      { kind: 'heading', level: 2, text: '2. Way forward' },
      { kind: 'paragraph', level: 0, text: closing },
    ]);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('a Council note: the engine reads the cover (number, revision, date, classification, subject), the letterhead and footers are left out', async () => {
    const cell = 'style="vertical-align: top; padding: 0 0 4mm 0"';
    const bytes = await printPdf(
      browser,
      `<table style="width: 100%; border-collapse: collapse">
        <tr><td ${cell}>Council of the European Union</td><td ${cell} style="width: 45%">Brussels, 24 April 2026<br>(OR. en)</td></tr>
        <tr><td ${cell}>8288/1/26<br>REV 1<br><br>LIMITE</td><td ${cell}>TELECOM 172<br>CYBER 167<br>COASI 71<br>RELEX 513</td></tr>
      </table>
      <p style="font-weight: bold; margin: 8mm 0">NOTE</p>
      <table style="border-collapse: collapse">
        <tr><td style="width: 30mm; vertical-align: top">From:</td><td>General Secretariat of the Council</td></tr>
        <tr><td style="vertical-align: top">To:</td><td>Delegations</td></tr>
        <tr><td style="vertical-align: top; padding-top: 4mm">Subject:</td><td style="padding-top: 4mm">Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council (Brussels, 5 May 2026) (NBI 2nd step)</td></tr>
      </table>
      <p style="margin-top: 12mm">Delegations will find in the annex the revised Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council (Brussels, 5 May 2026).</p>
      <h1 style="page-break-before: always; font-size: 14pt; text-align: center">Joint Statement</h1>
      <p>${paragraphs2025[0]}</p>`,
      { footer: '8288/1/26 REV 1\nTREE.1.B\n{page}\nLIMITE\nEN' },
    );
    const path = await write('council-note.pdf', bytes);
    const markdown = await imported(path);
    const document = parseDocument(markdown);
    expect(document.cover).toMatchObject({
      number: '8288/1/26',
      family: '8288/26',
      marks: [{ kind: 'REV', number: 1 }],
      date: '2026-04-24',
      place: 'Brussels',
      language: 'OR. en',
      classification: 'LIMITE',
      codes: ['TELECOM 172', 'CYBER 167', 'COASI 71', 'RELEX 513'],
      noteType: 'NOTE',
      from: 'General Secretariat of the Council',
      to: 'Delegations',
      subject: 'Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council (Brussels, 5 May 2026) (NBI 2nd step)',
      step: 'NBI 2nd step',
    });
    expect(kindsAndTexts(markdown)).toEqual([
      { kind: 'paragraph', level: 0, text: 'Delegations will find in the annex the revised Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council (Brussels, 5 May 2026).' },
      { kind: 'heading', level: 1, text: 'Joint Statement' },
      { kind: 'paragraph', level: 0, text: paragraphs2025[0] },
    ]);
    expect(markdown).not.toContain('Council of the European Union');
    expect(markdown).not.toContain('TREE.1.B');
  });

  it('footnotes at the foot of a page are set apart, their marks kept in the text, a paragraph cut by them rejoined', async () => {
    const page = 'style="height: 236mm; position: relative; page-break-after: always; overflow: hidden"';
    const foot = 'style="position: absolute; bottom: 0; font-size: 9pt; line-height: 1.2; border-top: 1px solid black; width: 60mm"';
    const bytes = await printPdf(
      browser,
      `<div ${page}>
        <p>Both sides welcomed the Joint Press Statement<sup>1</sup> on the adequacy decision.</p>
        <p>Both sides confirmed the steady progress of the talks on personal data and decided to</p>
        <div ${foot}><p style="width: 150mm; margin: 0"><sup>1</sup> Joint press statement by Michael McGrath and Ohshima Shuhei, Commissioner of the Personal Information Protection Commission of Japan.</p></div>
      </div>
      <div ${page}>
        <p>step up their cooperation<sup>2</sup> on trusted data flows with like-minded partners.</p>
        <div ${foot}><p style="width: 150mm; margin: 0"><sup>2</sup> As set out in the Joint Statement of 12 May 2025.</p></div>
      </div>`,
      { footer: '{page}' },
    );
    const path = await write('footnotes.pdf', bytes);
    const markdown = await imported(path);
    expect(markdown).toContain('Both sides welcomed the Joint Press Statement[^1] on the adequacy decision.');
    expect(markdown).toContain('[^1]: Joint press statement by Michael McGrath and Ohshima Shuhei, Commissioner of the Personal Information Protection Commission of Japan.');
    expect(markdown).toContain('[^2]: As set out in the Joint Statement of 12 May 2025.');
    expect(kindsAndTexts(markdown)).toEqual([
      { kind: 'paragraph', level: 0, text: 'Both sides welcomed the Joint Press Statement on the adequacy decision.' },
      {
        kind: 'paragraph',
        level: 0,
        text: 'Both sides confirmed the steady progress of the talks on personal data and decided to step up their cooperation on trusted data flows with like-minded partners.',
      },
    ]);
  });

  it('the 2025 statement printed on some twenty pages reads back as the statement, reporting its progress page by page', async () => {
    const bytes = await printPdf(browser, documentHtml(statement2025), {
      style: 'body { font-size: 20pt; line-height: 2; } h1 { font-size: 28pt; } h2 { font-size: 24pt; }',
      header: 'Joint Statement\n12 May 2025',
      footer: '{page}',
    });
    const path = await write('statement-2025.pdf', bytes);
    const progress: Array<[number, number]> = [];
    const started = performance.now();
    const result = await importPdf(path, { onProgress: (pagesRead, pageCount) => progress.push([pagesRead, pageCount]) });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(result.message);
    console.info(`imported ${result.pageCount} pages (${(bytes.length / 1024).toFixed(0)} KB) in ${elapsed.toFixed(0)} ms`);
    expect(result.pageCount).toBeGreaterThanOrEqual(15);
    expect(progress).toEqual(Array.from({ length: result.pageCount }, (_, i) => [i + 1, result.pageCount]));
    const expected = parseDocument(statement2025).blocks.map(({ kind, level, text }) => ({ kind, level, text }));
    expect(kindsAndTexts(result.markdown)).toEqual(expected);
    expect(result.markdown).toMatch(/\[\^1\]: Joint press statement by Michael McGrath/u);
  });
});

describe('importPdf refuses what it cannot read, in one sentence naming the file and the problem, and leaves the file as it was', () => {
  const cases: Array<[string, string, () => Promise<Uint8Array | string>, RegExp]> = [
    ['a text file renamed .pdf', 'notes.pdf', async () => 'Both sides will cooperate on data flows.\n', /it is a text file, not a PDF$/u],
    ['a binary file that is not a PDF', 'image.pdf', async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /it is not a PDF \(it does not start with %PDF-\)$/u],
    ['an empty file', 'empty.pdf', async () => '', /the file is empty \(0 bytes\), not a PDF$/u],
    [
      'a PDF of drawings only',
      'drawing.pdf',
      () => pdfmakePdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#336699' }, { type: 'line', x1: 0, y1: 150, x2: 300, y2: 150, lineWidth: 2 }] }] }),
      /the PDF has no text layer \(scanned\?\)$/u,
    ],
    ['a PDF protected by a password', 'secret.pdf', () => pdfmakePdf({ content: ['Both sides will cooperate.'], userPassword: 'secret' }), /the PDF is encrypted with a password; save a copy without the password and import that$/u],
    [
      'a PDF cut short',
      'cut.pdf',
      async () => {
        const whole = await pdfmakePdf({ content: Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: both sides will continue to cooperate on data flows.`) });
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
      /the PDF is damaged: it is cut short \(it has no %%EOF end marker\)$/u,
    ],
    [
      'a PDF whose body is garbage',
      'garbage.pdf',
      async () => `%PDF-1.7\n${'this is not a PDF object '.repeat(50)}\n%%EOF\n`,
      /the PDF is damaged \(.+\)$/u,
    ],
  ];

  it.each(cases)('%s', async (_, name, make, problem) => {
    const content = await make();
    const path = await write(name, content);
    const before = await readFile(path);
    const result = await importPdf(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.path).toBe(path);
    expect(result.message.startsWith(`cannot read ${path}: `)).toBe(true);
    expect(result.message).toMatch(problem);
    expect(result.message).not.toContain('\n');
    expect(await readFile(path)).toEqual(before);
  });

  it('the password-protected PDF really asks pdf.js for a password', async () => {
    const bytes = await pdfmakePdf({ content: ['Both sides will cooperate.'], userPassword: 'secret' });
    await expect(getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise).rejects.toMatchObject({ name: 'PasswordException' });
    const opened = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, password: 'secret' }).promise;
    expect(opened.numPages).toBe(1);
    await opened.destroy();
  });

  it('refuses a PDF over the size limit without reading it', async () => {
    const path = await write('huge.pdf', '%PDF-1.7\n');
    await truncate(path, MAX_PDF_BYTES + 1024 * 1024);
    const result = await importPdf(path);
    expect(result).toEqual({ ok: false, path, message: `cannot read ${path}: it is 51.0 MB, more than the 50 MB a PDF may have` });
  });

  it('a missing file and a folder', async () => {
    const missing = join(dir, 'missing.pdf');
    expect(await importPdf(missing)).toEqual({ ok: false, path: missing, message: `cannot read ${missing}: no such file` });
    expect(await importPdf(dir)).toEqual({ ok: false, path: dir, message: `cannot read ${dir}: it is a folder, not a file` });
  });
});

describe('readImportedDocument reads a .pdf as Markdown', () => {
  it('a statement made by pdfmake, its heading and paragraphs as blocks', async () => {
    const path = await write(
      'statement.PDF',
      await pdfmakePdf({
        content: [
          { text: 'Joint Statement', fontSize: 20, margin: [0, 0, 0, 12] },
          { text: 'Both sides reaffirmed their partnership.', margin: [0, 0, 0, 8] },
          { text: 'Both sides decided to launch a working group.' },
        ],
      }),
    );
    const read = await readImportedDocument(path);
    if (!read.ok) throw new Error(read.message);
    expect(read.format).toBe('markdown');
    expect(kindsAndTexts(read.source)).toEqual([
      { kind: 'heading', level: 1, text: 'Joint Statement' },
      { kind: 'paragraph', level: 0, text: 'Both sides reaffirmed their partnership.' },
      { kind: 'paragraph', level: 0, text: 'Both sides decided to launch a working group.' },
    ]);
  });
});
