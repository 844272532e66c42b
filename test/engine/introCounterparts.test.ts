/**
 * A prior section's introduction lives on in the introduction of the
 * section its paragraphs moved to: the restructuring of 2025 into 2026, read
 * as a drafter reads it.
 */
import { describe, expect, it } from 'vitest';
import { AlignmentCache, PrecedentIndex, alignDraft, parseDocument, statementBlocks } from '../../engine/index';
import { readCorpusDocument } from '../support/gold';

const prior = readCorpusDocument('statement-2025');
const index = new PrecedentIndex([prior]);
const leadership = prior.blocks.find((b) => b.text.startsWith('Both sides together play a leadership role'))!;
/** The 2026 statement as Markdown, one block a paragraph, labelled bullets as written. */
const statement = statementBlocks(readCorpusDocument('council-note-8288-1-26-rev1'))
  .map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.kind === 'listItem' ? `- ${b.text}` : b.text))
  .join('\n\n');
/** The 2026 AI bullets that continue 2025's AI paragraph, under the new section's introduction. */
const aiBullets = statement.split('\n\n').filter((p) => /^- (?:Artificial Intelligence \(AI\):|Responsible AI Innovation:|Global Governance:)/u.test(p));

function align(text: string, cache?: AlignmentCache) {
  const draft = parseDocument(text);
  const result = alignDraft(draft, index, { cache });
  const intro = result.alignments.find((a) => draft.blocks.find((b) => b.index === a.block)!.text.startsWith('As global leaders'))!;
  return { result, intro };
}

describe('a prior section introduction merged into a new section’s introduction', () => {
  it('2025’s introduction of the section on governance and AI is continued by 2026’s introduction of the AI section, not dropped, and the card says why', () => {
    const { result, intro } = align(statement);
    expect(intro.matches.map((m) => m.block)).toContain(leadership.index);
    expect(result.dropped.map((d) => d.block)).not.toContain(leadership.index);
    expect(intro.reason).toContain('"Both sides together play a leadership role in …", which introduced paragraphs it now introduces');
  });

  it('is dropped again once the new section holds none of that section’s paragraphs', () => {
    const withoutAi = aiBullets.reduce((text, bullet) => text.replace(`${bullet}\n\n`, ''), statement);
    const { result, intro } = align(withoutAi);
    expect(intro.matches.map((m) => m.block)).not.toContain(leadership.index);
    expect(result.dropped.map((d) => d.block)).toContain(leadership.index);
  });

  it('comes and goes while typing as the paragraphs leave and come back, as a fresh alignment says', () => {
    const cache = new AlignmentCache();
    const withoutAi = aiBullets.reduce((text, bullet) => text.replace(`${bullet}\n\n`, ''), statement);
    const steps = [statement, withoutAi, statement, statement.replace('As global leaders', 'As global leaders today'), withoutAi];
    const seen = steps.map((text) => {
      const live = align(text, cache);
      expect(live.result).toEqual(alignDraft(parseDocument(text), index));
      return live.intro.matches.some((m) => m.block === leadership.index);
    });
    expect(seen).toEqual([true, false, true, true, false]);
  });
});
