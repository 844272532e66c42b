/**
 * A statement as the synthetic-pair generator edits it: a title and sections
 * of blocks, each block kept as its Markdown line, and rendered back to
 * Markdown. Blocks follow the labels' README: a paragraph or a list item (a
 * sub-item is its own block); headings, the title line and "The following
 * topics were discussed:" are not blocks, and footnotes belong to no block.
 *
 * The statements of the corpus write one block per line, which is all this
 * reader needs; test/eval/syntheticPairs.test.ts checks that every block it
 * reads is a block the engine's parser finds.
 */

export interface StatementBlock {
  /** The block's Markdown without its list marker ("On **AI**, both sides ..."). */
  markdown: string;
  kind: 'paragraph' | 'item';
  /** 1 for a list item, 2 for a sub-item, 0 for a paragraph. */
  level: number;
}

export interface StatementSection {
  /** The heading's text without its "## " marker, or null for the blocks before the first section. */
  heading: string | null;
  blocks: StatementBlock[];
}

export interface StatementText {
  /** The title line's text without "# ", its date line folded into it as in the labelled texts. */
  title: string;
  sections: StatementSection[];
}

/** A date line under the title ("12 May 2025, Tokyo"); the labelled texts carry it on the title line. */
const DATE_LINE = /^\d{1,2} [A-Z][a-z]+ \d{4}, [A-Z][a-z]+$/;
/** Not a block by the README: the line that introduces the 2024 topics. */
const TOPICS_LINE = /^The following topics were discussed:?$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:/;
const FOOTNOTE_REFERENCE = /\[\^[^\]]+\]/g;

/**
 * Reads a statement from a corpus file: front matter and a Council note's
 * cover sentence (everything before the title) are left out.
 */
export function readStatementText(markdown: string): StatementText {
  const withoutFrontMatter = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines = withoutFrontMatter.split('\n');
  const titleAt = lines.findIndex((line) => line.startsWith('# '));
  if (titleAt < 0) throw new Error('a statement needs a title line ("# ...")');
  let title = lines[titleAt].slice(2).trim();
  const sections: StatementSection[] = [{ heading: null, blocks: [] }];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ').replace(FOOTNOTE_REFERENCE, '').trim();
    paragraph = [];
    if (TOPICS_LINE.test(text)) return;
    if (DATE_LINE.test(text) && sections.length === 1 && sections[0].blocks.length === 0) {
      title = `${title}, ${text}`;
      return;
    }
    sections[sections.length - 1].blocks.push({ markdown: text, kind: 'paragraph', level: 0 });
  };
  for (const line of lines.slice(titleAt + 1)) {
    const item = /^( *)- (.*)$/.exec(line);
    if (line.trim() === '' || FOOTNOTE_DEFINITION.test(line)) {
      flush();
    } else if (line.startsWith('#')) {
      flush();
      sections.push({ heading: line.replace(/^#+\s*/, '').trim(), blocks: [] });
    } else if (item) {
      flush();
      const level = item[1].length >= 2 ? 2 : 1;
      sections[sections.length - 1].blocks.push({ markdown: item[2].replace(FOOTNOTE_REFERENCE, '').trim(), kind: 'item', level });
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return { title, sections: sections.filter((section) => section.heading !== null || section.blocks.length > 0) };
}

/** Renders a statement as Markdown: a blank line between blocks, none between the items of one list. */
export function renderStatementText(statement: StatementText): string {
  const out: string[] = [`# ${statement.title}`];
  for (const section of statement.sections) {
    if (section.heading !== null) out.push('', `## ${section.heading}`);
    let previous: StatementBlock | undefined;
    for (const block of section.blocks) {
      if (block.kind === 'item') {
        if (previous?.kind !== 'item') out.push('');
        out.push(`${block.level === 2 ? '  ' : ''}- ${block.markdown}`);
      } else {
        out.push('', block.markdown);
      }
      previous = block;
    }
  }
  return `${out.join('\n')}\n`;
}

/** A block's text as the README's KEY reads it: Markdown bold marks removed, white space folded. */
export function plainText(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** The README's KEY: the first 60 characters of a block's text. */
export function blockKey(markdown: string): string {
  return plainText(markdown).slice(0, 60);
}
