import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument, type OperationType } from '../../engine/index';
import { renderReportHtml } from '../../io/exportHtml';
import { comparisonReport, type ComparisonExport } from '../../io/report';
import { corpusDir } from '../support/gold';

const readCorpus = (id: string) => readFileSync(new URL(`${id}.md`, corpusDir), 'utf8');

const MOVED = 'On **5G**, recognising the progress';
const DELETED = 'On **online platforms**,';
/** Markdown escapes keep the tags as text in the block (unescaped, the parser would drop them as raw HTML). */
const HOSTILE = 'Both sides noted that \\<script>alert("x")\\</script> & a < b are not "agreed language".';

/** The 2025 statement revised by hand: a sentence reworded, a paragraph moved far down, one deleted, one inserted with markup-like text. */
function revisedStatement(source: string): string {
  const paragraphs = source.split('\n\n');
  const [moved] = paragraphs.splice(
    paragraphs.findIndex((p) => p.startsWith(MOVED)),
    1,
  );
  paragraphs.splice(
    paragraphs.findIndex((p) => p.startsWith(DELETED)),
    1,
    HOSTILE,
  );
  paragraphs.splice(
    paragraphs.findIndex((p) => p.startsWith('## 4.')),
    0,
    moved,
  );
  return paragraphs.join('\n\n').replace('Both sides reaffirmed the need to further advance', 'Both sides stressed the urgent need to advance');
}

function comparison(oldSource: string, newSource: string, classification: string | null): ComparisonExport {
  const oldDoc = parseDocument(oldSource);
  const newDoc = parseDocument(newSource);
  return {
    oldBlocks: oldDoc.blocks,
    newBlocks: newDoc.blocks,
    compare: compareRevisions(oldDoc, newDoc),
    title: 'Joint Statement 2025 <revised>',
    classification,
    date: new Date('2026-11-02T09:30:00Z'),
  };
}

describe('a revision of the 2025 statement as an HTML report', () => {
  const statement = readCorpus('statement-2025');
  const input = comparison(statement, revisedStatement(statement), 'RESTRICTED');
  const html = renderReportHtml(comparisonReport(input));

  it('is a standalone page: no scripts, no links to anywhere', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toContain('//');
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
  });

  it('escapes the texts it shows', () => {
    expect(input.newBlocks.some((block) => block.text.includes('<script>alert("x")</script> & a < b'))).toBe(true);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; a &lt; b');
    expect(html).toContain('<title>Joint Statement 2025 &lt;revised&gt;</title>');
  });

  it('counts the operations as the compare does', () => {
    const { summary } = input.compare;
    expect(summary).toMatchObject({ changed: 1, moved: 1, deleted: 1, inserted: 1 });
    for (const type of Object.keys(summary) as OperationType[]) {
      expect(html).toContain(`<strong data-type="${type}">${summary[type]}</strong>`);
      expect(html.match(new RegExp(`<div class="operation ${type}">`, 'g'))?.length ?? 0).toBe(summary[type]);
    }
  });

  it('says where each moved block went', () => {
    const moves = input.compare.operations.filter((op) => op.type === 'moved');
    expect(moves.length).toBeGreaterThan(0);
    for (const op of moves) expect(html).toContain(`moved from ¶${op.old[0] + 1} to ¶${op.new[0] + 1}`);
  });

  it('shows the word diff of the reworded sentence', () => {
    expect(html).toMatch(/<del>[^<]*reaffirmed[^<]*<\/del>/);
    expect(html).toMatch(/<ins>[^<]*stressed[^<]*<\/ins>/);
  });

  it('shows the classification at the top and bottom of every printed page', () => {
    const markings = html.match(/<div class="classification (top|bottom)">RESTRICTED<\/div>/g) ?? [];
    expect(markings).toHaveLength(2);
    expect(html).toMatch(/\.classification \{[^}]*position: fixed/);
  });

  it('shows no classification when none is given', () => {
    expect(renderReportHtml(comparisonReport({ ...input, classification: null }))).not.toContain('class="classification');
  });

  it('has no cover table for statements without a cover', () => {
    expect(html).not.toContain('<h2>Cover</h2>');
  });
});

describe('a new revision of a Council note shows the cover fields that changed', () => {
  const note = readCorpus('council-note-8288-1-26-rev1');
  const revised = note.replace('rev: 1', 'rev: 2').replace('step: NBI 2nd step', 'step: NBI 3rd step');
  const input = comparison(note, revised, null);
  const html = renderReportHtml(comparisonReport(input));

  it('lists the changed fields in a table, and only those', () => {
    const changed = Object.entries(input.compare.header).filter(([, [before, after]]) => before !== after);
    expect(changed.map(([field]) => field)).toContain('step');
    const table = html.slice(html.indexOf('<h2>Cover</h2>'), html.indexOf('</table>'));
    for (const [field, [before, after]] of changed) {
      expect(table).toContain(`<tr><th>${field}</th><td><del>${before ?? '—'}</del></td><td><ins>${after ?? '—'}</ins></td></tr>`);
    }
    expect(table).not.toContain('<th>subject</th>');
  });
});
