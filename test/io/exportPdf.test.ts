import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../io/exportDocx';
import { renderReportHtml } from '../../io/exportHtml';
import { exportReportPdf } from '../../io/exportPdf';
import { comparisonReport, draftReport } from '../../io/report';
import { droppedFromLatest } from '../../engine/index';
import { pageTexts } from '../support/reportFiles';
import { runCli } from '../support/runCli';
import { EDITS, councilNoteAsDraft, revisionExport } from './exportFixtures';

/** Line breaks and the spaces at them differ between layouts: texts are compared without white space. */
const squash = (text: string) => text.replace(/\s+/g, '');
const plain = (markdown: string) => markdown.replace(/\*\*/g, '');

describe('a revision of the 2025 statement as a PDF', async () => {
  const input = revisionExport('RESTRICTED');
  const report = comparisonReport(input);
  const pdf = await exportReportPdf(report);
  const pages = await pageTexts(pdf);
  const all = squash(pages.join(''));

  it('is a PDF of several pages', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(2);
  });

  it('carries the classification at the top and the bottom of every page, and "Page x of y"', () => {
    pages.forEach((text, at) => {
      expect(text.match(/RESTRICTED/g)).toHaveLength(2);
      expect(text).toContain(`Page ${at + 1} of ${pages.length}`);
    });
  });

  it('shows the words reworded, the paragraph deleted and the one inserted', () => {
    expect(input.compare.summary).toMatchObject({ changed: 1, moved: 1, deleted: 1, inserted: 1 });
    for (const text of ['reaffirmed', 'stressedtheurgent', squash(plain(EDITS.inserted)), squash(plain(EDITS.deleted))]) expect(all).toContain(text);
  });

  it('labels every entry, with where a moved block went, and shows the moved text once', () => {
    for (const label of ['CHANGED', 'MOVED', 'INSERTED', 'DELETED', 'UNCHANGED']) expect(all).toContain(label);
    const [move] = input.compare.operations.filter((op) => op.type === 'moved');
    expect(all).toContain(squash(`moved from ¶${move.old[0] + 1} to ¶${move.new[0] + 1}`));
    expect(all.split(squash(plain(EDITS.moved))).length - 1).toBe(1);
  });

  it('counts the entries as the compare does', () => {
    for (const { label, count, kind } of report.summary) {
      expect(count).toBe(input.compare.summary[kind as keyof typeof input.compare.summary]);
      expect(all).toContain(squash(`${label}: ${count}`));
    }
  });

  it('has no marking on any page when the source carries none', async () => {
    const unmarked = await pageTexts(await exportReportPdf(comparisonReport(revisionExport(null))));
    expect(unmarked.length).toBe(pages.length);
    unmarked.forEach((text, at) => {
      expect(text).not.toContain('RESTRICTED');
      expect(text).toContain(`Page ${at + 1} of ${unmarked.length}`);
    });
  });

  it('fails naming the font file it cannot read', async () => {
    const fonts = { normal: '/nonexistent/regular.ttf', bold: '/nonexistent/bold.ttf', italics: '/nonexistent/italic.ttf', bolditalics: '/nonexistent/bolditalic.ttf' };
    await expect(exportReportPdf(report, { fonts })).rejects.toThrow(/\/nonexistent\/(regular|bold)\.ttf/);
  });
});

describe('the 2026 Council note as a draft against the 2024 and 2025 statements', async () => {
  const aligned = councilNoteAsDraft();
  const { draft, priors, alignment } = aligned;
  const report = draftReport({
    draft: { title: draft.file, document: draft.document },
    priors: priors.map((prior) => ({ title: prior.file, date: prior.date, document: prior.document })),
    alignment,
    date: new Date('2026-11-02T09:30:00Z'),
  });
  const latest = priors.findIndex((prior) => prior.file === 'statement-2025');
  // What every report counts as dropped: the latest statement's blocks of agreed language no draft block continues.
  const droppedOfLatest = droppedFromLatest(priors, alignment).dropped;

  it('has every draft block in order, and the dropped blocks of the latest statement only', () => {
    const draftEntries = report.entries.filter((entry) => entry.kind !== 'dropped');
    expect(draftEntries).toHaveLength(draft.document.blocks.length);
    const statuses = new Map(alignment.alignments.map((a) => [a.block, a.status as string]));
    expect(draftEntries.map((entry) => entry.kind)).toEqual(draft.document.blocks.map((block) => statuses.get(block.index) ?? 'section'));
    const dropped = report.entries.filter((entry) => entry.kind === 'dropped');
    expect(droppedOfLatest.length).toBeGreaterThan(0);
    expect(dropped.map((entry) => entry.pieces.map((p) => p.text).join(''))).toEqual(droppedOfLatest.map((d) => priors[latest].document.blocks[d.block].text));
    expect(report.summary.map(({ kind, count }) => [kind, count])).toEqual([
      ['carried', alignment.alignments.filter((a) => a.status === 'carried').length],
      ['revised', alignment.alignments.filter((a) => a.status === 'revised').length],
      ['new', alignment.alignments.filter((a) => a.status === 'new').length],
      ['dropped', droppedOfLatest.length],
    ]);
  });

  it('says which precedent each carried or revised block continues, with its score', () => {
    const continued = alignment.alignments.filter((a) => a.status !== 'new');
    const notes = report.entries.filter((e) => e.kind === 'carried' || e.kind === 'revised').map((e) => e.note);
    expect(notes).toHaveLength(continued.length);
    continued.forEach(({ matches: [main, ...others] }, at) => {
      const more = others.length > 0 ? ` (+${others.length} more)` : '';
      expect(notes[at]).toBe(`${priors[main.prior].file} ¶${main.block + 1} · score ${main.score.toFixed(2)}${more}`);
    });
  });

  it('as a PDF: LIMITE from the note cover on every page, labels, and every dropped block', async () => {
    expect(report.classification).toBe('LIMITE');
    const pages = await pageTexts(await exportReportPdf(report));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, at) => {
      expect(text.match(/LIMITE/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Page ${at + 1} of ${pages.length}`);
    });
    const all = squash(pages.join(''));
    for (const label of ['CARRIED', 'REVISED', 'NEW', 'DROPPED']) expect(all).toContain(label);
    for (const d of droppedOfLatest) expect(all).toContain(squash(priors[latest].document.blocks[d.block].text));
  });

  it('as Word: accepting every change gives the draft (mammoth drops deletions)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await exportReportDocx(report) });
    expect(value).toBe(draft.document.blocks.map((block) => `${block.text}\n\n`).join(''));
  });

  it('as HTML: one entry per draft block and dropped block, counted by kind', () => {
    const html = renderReportHtml(report);
    for (const { kind, count } of report.summary) {
      expect(html).toContain(`<strong data-type="${kind}">${count}</strong>`);
      expect(html.match(new RegExp(`<div class="operation ${kind}">`, 'g'))?.length ?? 0).toBe(count);
    }
  });
});

describe('the command line writes the reports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'precedent-pdf-'));

  it('compare --pdf beside --docx and --html', async () => {
    const [docx, html, pdf] = ['review.docx', 'review.html', 'review.pdf'].map((name) => join(folder, name));
    const run = runCli(['compare', 'statement-2025', 'council-note-8288-1-26-rev1', '--docx', docx, '--html', html, '--pdf', pdf]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`precedent: wrote ${docx}\nprecedent: wrote ${html}\nprecedent: wrote ${pdf}\n`);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(html, 'utf8')).toContain('<del>');
    const pages = await pageTexts(readFileSync(pdf));
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(text).toContain('LIMITE');
  });

  it('align --draft --pdf --docx --html: the draft against its precedents', async () => {
    const [docx, html, pdf] = ['draft.docx', 'draft.html', 'draft.pdf'].map((name) => join(folder, name));
    const run = runCli(['align', 'statement-2024', 'statement-2025', '--draft', 'council-note-8288-1-26-rev1', '--docx', docx, '--html', html, '--pdf', pdf]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`precedent: wrote ${docx}\nprecedent: wrote ${html}\nprecedent: wrote ${pdf}\n`);
    expect(readFileSync(html, 'utf8')).toContain('<div class="operation dropped">');
    const all = squash((await pageTexts(readFileSync(pdf))).join(''));
    expect(all).toContain('REVISED');
    // The draft is named by its title, the priors by their ids.
    expect(all).toContain(squash('Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council against statement-2024, statement-2025'));
  });

  it('says which PDF path it cannot write, exits 2', () => {
    const run = runCli(['compare', 'statement-2024', 'statement-2025', '--pdf', '/nonexistent/review.pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('precedent: cannot write /nonexistent/review.pdf: its folder does not exist');
  });
});
