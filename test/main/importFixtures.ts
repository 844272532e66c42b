/**
 * Documents a user imports, written with the libraries the formats come
 * from: a Word statement (docx writes real tracked changes), an HTML page.
 */
import { writeFile } from 'node:fs/promises';
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';

const REVISION = { author: 'Drafter', date: '2026-03-01T10:00:00Z' };

/** A statement whose second paragraph carries a tracked insertion and a tracked deletion. */
export async function writeTrackedDocx(path: string): Promise<{ before: string; after: string }> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Outcome', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Both sides welcomed the '),
              new InsertedTextRun({ text: 'successful ', id: 1, ...REVISION }),
              new TextRun('summit.'),
              new DeletedTextRun({ text: ' They regretted the delays.', id: 2, ...REVISION }),
            ],
          }),
          new Paragraph('They agreed to meet again in 2027.'),
        ],
      },
    ],
  });
  await writeFile(path, await Packer.toBuffer(document));
  return {
    before: '# Outcome\n\nBoth sides welcomed the summit. They regretted the delays.\n\nThey agreed to meet again in 2027.',
    after: '# Outcome\n\nBoth sides welcomed the successful summit.\n\nThey agreed to meet again in 2027.',
  };
}

/** A statement with no tracked changes: a heading and `paragraphs` paragraphs. */
export async function writePlainDocx(path: string, paragraphs = 1): Promise<void> {
  const body = Array.from({ length: paragraphs }, (_, i) => new Paragraph(`Paragraph ${i + 1}: both sides reaffirmed their strategic partnership.`));
  const document = new Document({ sections: [{ children: [new Paragraph({ text: 'Joint Statement', heading: HeadingLevel.HEADING_1 }), ...body] }] });
  await writeFile(path, await Packer.toBuffer(document));
}

export const STATEMENT_HTML = '<html><head><title>x</title><script>alert(1)</script></head><body><h1>Joint Statement</h1><p>Both sides <b>reaffirmed</b> their partnership.</p></body></html>';
export const STATEMENT_HTML_MARKDOWN = '# Joint Statement\n\nBoth sides **reaffirmed** their partnership.';
