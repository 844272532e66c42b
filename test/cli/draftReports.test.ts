/**
 * `precedent align PRIOR... --draft DRAFT --pdf/--docx/--html/--csv` on a
 * draft kept in a temporary folder, as a drafter's file would be: the
 * reports carry the latest prior's marking on every page, name the draft
 * rather than its path, count what it dropped as the desk does, and write a
 * CSV that Excel reads as UTF-8.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../contract/api';
import { parseDocument, statementTemplate } from '../../engine/index';
import { AnalysisSession } from '../../renderer/worker/AnalysisSession';
import { corpusDir } from '../support/gold';
import { pageTexts, unzip } from '../support/reportFiles';
import { runCli } from '../support/runCli';

const PRIORS = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];
const TITLE = 'Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council';
/** Paragraphs of the 2026 statement the draft leaves out. */
const DELETED = ['Digital transformation is best achieved', 'A secure and resilient digital backbone', 'To ensure a safe and fair digital environment'];

const readCorpus = (id: string) => readFileSync(new URL(`${id}.md`, corpusDir), 'utf8');

/** The next statement as the desk starts it (the 2026 note from its title on, no front matter, no cover), a few paragraphs taken out. */
function draftText(): string {
  const note = readCorpus('council-note-8288-1-26-rev1');
  return statementTemplate(note, parseDocument(note))
    .split('\n\n')
    .filter((p) => !DELETED.some((start) => p.startsWith(start)))
    .join('\n\n');
}

/** What the desk's summary says of the same draft against the same priors (the worker's analysis, run here). */
function deskSummary(text: string) {
  const session = new AnalysisSession();
  const corpus: CorpusSource[] = PRIORS.map((id) => {
    const source = readCorpus(id);
    const meta = parseDocument(source).frontMatter;
    return { id, title: String(meta.title), date: String(meta.date), kind: String(meta.kind), source } as CorpusSource;
  });
  session.setCorpus(corpus, PRIORS);
  return session.analyze(1, text).summary;
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the draft against its precedents, written by the command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'precedent-draft-'));
  const draft = join(folder, 'draft-2027.md');
  const text = draftText();
  writeFileSync(draft, text);
  const [pdf, docx, html, csv] = ['draft.pdf', 'draft.docx', 'draft.html', 'tracker.csv'].map((name) => join(folder, name));
  const run = runCli(['align', ...PRIORS, '--draft', draft, '--pdf', pdf, '--docx', docx, '--html', html, '--csv', csv]);

  it('writes every file asked for', () => {
    expect(run.stderr).toBe([csv, docx, html, pdf].map((path) => `precedent: wrote ${path}\n`).join(''));
    expect(run.status).toBe(0);
  });

  it('as a PDF: LIMITE, the latest prior’s marking, at the top and the bottom of every page; headed with the draft’s title, not its path', async () => {
    const pages = await pageTexts(readFileSync(pdf));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, at) => {
      expect(page.match(/LIMITE/g), `page ${at + 1}`).toHaveLength(2);
      expect(page).toContain(`Page ${at + 1} of ${pages.length}`);
    });
    expect(squash(pages[0])).toContain(squash(`${TITLE} against statement-2024, statement-2025, council-note-8288-1-26-rev1 (2026)`));
    expect(pages.join('')).not.toContain(folder);
  });

  it('as Word: LIMITE in the page header every section uses, the title in the properties', () => {
    const files = unzip(readFileSync(docx));
    const headers = [...files.keys()].filter((name) => /^word\/header\d*\.xml$/u.test(name));
    expect(headers).toHaveLength(1);
    expect(files.get(headers[0])).toMatch(/<w:t[^>]*>LIMITE<\/w:t>/u);
    const document = files.get('word/document.xml')!;
    expect(document).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/u);
    expect(files.get('docProps/core.xml')).toContain(`<dc:title>${TITLE} against`);
    expect([...files.values()].join('')).not.toContain(folder);
  });

  it('as HTML: a LIMITE banner at the top and the bottom of the page, headed with the draft’s title', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<div class="classification top">LIMITE</div>');
    expect(page).toContain('<div class="classification bottom">LIMITE</div>');
    expect(page).toContain(`<h1>${TITLE} against statement-2024, statement-2025, council-note-8288-1-26-rev1 (2026)</h1>`);
    expect(page).not.toContain(folder);
  });

  it('counts as dropped what the desk counts, the paragraphs taken out: not the Council note’s covering sentence', async () => {
    const desk = deskSummary(text);
    expect(desk.dropped).toBe(DELETED.length);
    expect(readFileSync(html, 'utf8')).toContain(`Dropped: <strong data-type="dropped">${desk.dropped}</strong>`);
    expect(squash((await pageTexts(readFileSync(pdf)))[0])).toContain(squash(`Dropped: ${desk.dropped}`));
    expect(run.stdout.split('\n')[1]).toBe(`${desk.carried} carried, ${desk.revised} revised, ${desk.new} new, ${desk.dropped} dropped from council-note-8288-1-26-rev1`);
  });

  it('writes the commitment tracker as UTF-8 after a byte-order mark, so that Excel keeps “’”', () => {
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(read.startsWith('prior statement,sentence,marker,firmness,fate,draft block,draft sentence,why\r\n')).toBe(true);
    expect(read).toContain('’');
  });
});

describe('a draft with neither title nor heading', () => {
  it('is named by its file name, not its path', () => {
    const folder = mkdtempSync(join(tmpdir(), 'precedent-untitled-'));
    const draft = join(folder, 'notes for the fifth meeting.md');
    writeFileSync(draft, 'Both sides will explore cooperation on undersea sensing.\n\nBoth sides decided to convene the 5th meeting in Tokyo in 2027.\n');
    const html = join(folder, 'notes.html');
    expect(runCli(['align', 'statement-2025', '--draft', draft, '--html', html]).status).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h1>notes for the fifth meeting.md against statement-2025</h1>');
    expect(page).not.toContain(folder);
    // No marking: neither the draft nor the 2025 statement carries one.
    expect(page).not.toContain('<div class="classification');
  });
});
