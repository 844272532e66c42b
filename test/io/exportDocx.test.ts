import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../engine/index';
import { exportReportDocx } from '../../io/exportDocx';
import { comparisonReport, type ComparisonExport } from '../../io/report';
import { corpusDir } from '../support/gold';
import { unzip } from '../support/reportFiles';
import { comparisonExport } from './exportFixtures';

const source = readFileSync(new URL('statement-2025.md', corpusDir), 'utf8');

const REWORDED_FROM = 'Both sides reaffirmed the need to further advance the Hiroshima AI Process outcomes';
const REWORDED_TO = 'Both sides stressed the urgent need to advance the Hiroshima AI Process outcomes';
const MOVED = 'On **5G**, recognising the progress';
const MOVED_FROM = 'both sides reconfirmed the importance';
const MOVED_TO = 'both sides confirmed anew the importance';
const DELETED = 'On **online platforms**,';
const INSERTED = 'On **space**, both sides welcomed first exchanges on secure satellite connectivity.';
const INSERTED_ITEMS = ['- a joint workshop on AI safety', '  - with researchers from both sides'];

/** The 2025 statement revised by hand: a sentence reworded, a paragraph moved far down and reworded, one deleted, one inserted, two list items added. */
function revisedStatement(): string {
  const paragraphs = source.split('\n\n');
  const movedAt = paragraphs.findIndex((p) => p.startsWith(MOVED));
  const moved = paragraphs.splice(movedAt, 1)[0].replace(MOVED_FROM, MOVED_TO);
  const deletedAt = paragraphs.findIndex((p) => p.startsWith(DELETED));
  paragraphs.splice(deletedAt, 1, INSERTED, INSERTED_ITEMS.join('\n'));
  paragraphs.splice(paragraphs.findIndex((p) => p.startsWith('## 4.')), 0, moved);
  const revised = paragraphs.join('\n\n');
  expect(revised).toContain(REWORDED_FROM);
  return revised.replace(REWORDED_FROM, REWORDED_TO);
}

function comparison(classification: string | null): ComparisonExport {
  return comparisonExport(source, revisedStatement(), classification);
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The body's paragraphs as Word shows them after "Reject all": inserted runs
 * dropped, deleted text kept, paragraphs whose mark was inserted merged into
 * the next one.
 */
function rejectAll(documentXml: string): string[] {
  const paragraphs: string[] = [];
  let carried = '';
  for (const [paragraph] of documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = [...paragraph.replace(/<w:ins [^>]*[^/]>[\s\S]*?<\/w:ins>/g, '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
      .map((m) => unescapeXml(m[1]))
      .join('');
    const markInserted = /<w:pPr>[\s\S]*<w:rPr>[\s\S]*<w:ins [\s\S]*<\/w:pPr>/.test(paragraph);
    if (markInserted) carried += text;
    else {
      paragraphs.push(carried + text);
      carried = '';
    }
  }
  return paragraphs;
}

const textsOf = (blocks: Block[]) => blocks.map((block) => block.text);
const mammothText = (texts: string[]) => texts.map((text) => `${text}\n\n`).join('');

describe('a revision of the 2025 statement exported to Word with tracked changes', async () => {
  const input = comparison('RESTRICTED');
  const docx = await exportReportDocx(comparisonReport(input));
  const files = unzip(docx);
  const documentXml = files.get('word/document.xml')!;

  it('is a Word document', () => {
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(documentXml).toContain('<w:body>');
  });

  it('the engine saw the edits the test made', () => {
    const { summary } = input.compare;
    expect(summary).toMatchObject({ changed: 1, moved: 1, deleted: 1, inserted: 3 });
  });

  it('accepting every change gives the new version (mammoth drops deletions)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toBe(mammothText(textsOf(input.newBlocks)));
  });

  it('rejecting every change gives the old version', () => {
    expect(rejectAll(documentXml)).toEqual(textsOf(input.oldBlocks));
  });

  it('marks insertions and deletions as tracked changes by Precedent, dated', () => {
    const changes = [...documentXml.matchAll(/<w:(ins|del) ([^>]*)>/g)];
    expect(changes.length).toBeGreaterThan(0);
    for (const [, , attributes] of changes) {
      expect(attributes).toContain('w:author="Precedent"');
      expect(attributes).toContain('w:date="2026-11-02T09:30:00Z"');
    }
  });

  it.each([
    ['the reworded words are deleted', /<w:del [^>]*>(?:(?!<\/w:del>)[\s\S])*<w:delText[^>]*>[^<]*reaffirmed/],
    ['the new words are inserted', /<w:ins [^>]*>(?:(?!<\/w:ins>)[\s\S])*<w:t[^>]*>[^<]*stressed/],
    ['the deleted paragraph is deleted', /<w:del [^>]*>(?:(?!<\/w:del>)[\s\S])*<w:delText[^>]*>On online platforms/],
    ['the inserted paragraph is inserted', /<w:ins [^>]*>(?:(?!<\/w:ins>)[\s\S])*<w:t[^>]*>On space, both sides/],
    ['the moved paragraph is deleted at its old place', /<w:del [^>]*>(?:(?!<\/w:del>)[\s\S])*<w:delText[^>]*>On 5G, recognising/],
    ['the moved paragraph is inserted at its new place', /<w:ins [^>]*>(?:(?!<\/w:ins>)[\s\S])*<w:t[^>]*>On 5G, recognising/],
    ['the words the move dropped are inserted then deleted', /<w:ins [^>]*[^/]><w:del [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText[^>]*>reconfirmed<\/w:delText>/],
    ['the words the move added are inserted', /<w:ins [^>]*>(?:(?!<\/w:ins>)[\s\S])*<w:t[^>]*>[^<]*anew/],
  ])('%s', (_, pattern) => {
    expect(documentXml).toMatch(pattern);
  });

  it('gives every tracked change its own id', () => {
    const ids = [...documentXml.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps headings as Word headings and list items as bullets', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(documentXml).toMatch(/<w:ilvl w:val="0"\/>[\s\S]*a joint workshop on AI safety/);
    expect(documentXml).toMatch(/<w:ilvl w:val="1"\/>[\s\S]*with researchers from both sides/);
  });

  it('puts the classification in the page header', () => {
    const headers = [...files].filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.some(([, xml]) => xml.includes('RESTRICTED'))).toBe(true);
  });

  it('has no header without a classification', async () => {
    const plain = unzip(await exportReportDocx(comparisonReport(comparison(null))));
    expect([...plain.keys()].some((name) => /^word\/header\d*\.xml$/.test(name))).toBe(false);
  });
});
