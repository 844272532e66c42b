/**
 * The labels a drafter reads on the desk, on edits of the real 2026
 * statement: each story is what a careful reader would say of the edit.
 */
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, parseDocument, statementBlocks } from '../../engine/index';
import { readCorpusDocument } from '../support/gold';

const note = readCorpusDocument('council-note-8288-1-26-rev1');
const prior = statementBlocks(note);
const index = new PrecedentIndex([{ blocks: prior, date: '2026-05-05' }]);
/** The 2026 statement as Markdown, one block a paragraph, labelled bullets as written. */
const statement = prior.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.kind === 'listItem' ? `- ${b.text}` : b.text)).join('\n\n');
const priorBlock = (start: string) => prior.find((b) => b.text.startsWith(start))!;

function align(draftText: string) {
  const draft = parseDocument(draftText);
  const result = alignDraft(draft, index);
  const byStart = (start: string) => {
    const block = draft.blocks.find((b) => b.text.startsWith(start));
    return result.alignments.find((a) => a.block === block?.index)!;
  };
  return { result, byStart };
}

describe('a drafter reading the labels of a draft made from the 2026 statement', () => {
  it('a labelled bullet on an initiative the statement never mentions is new, inside a continued section, and says why', () => {
    const bullet = '- Space Weather Data: Both sides decided to exchange data and forecasts on space weather to protect satellites and digital infrastructure, and to explore joint research.';
    const { byStart } = align(statement.replace('- Quantum Technology:', `${bullet}\n\n- Quantum Technology:`));
    const added = byStart('Space Weather Data');
    expect(added.status).toBe('new');
    expect(added.reason).toBe('no prior block names Space Weather Data');
  });

  it('a bullet taken out is dropped, though its neighbours share its area words, and the drop says what it was about', () => {
    const governmental = priorBlock('Governmental AI');
    const { result } = align(statement.replace(`- ${governmental.text}`, ''));
    expect(result.dropped).toEqual([{ prior: 0, block: governmental.index, about: 'Governmental AI' }]);
  });

  it('a bullet that keeps its label but now mostly holds another bullet (a merge) continues both, and neither is dropped', () => {
    const cables = priorBlock('Submarine Cables:');
    const semiconductors = priorBlock('Semiconductors:');
    const merged = `- Semiconductors: ${cables.text.replace('Submarine Cables: ', '')} Both sides will keep exchanging information on the resilience of chip supply chains.`;
    const { result, byStart } = align(statement.replace(`- ${cables.text}`, merged).replace(`- ${semiconductors.text}`, ''));
    expect(byStart('Semiconductors: Both sides reinforced').matches.map((m) => m.block).sort((a, b) => a - b)).toEqual([cables.index, semiconductors.index]);
    expect(result.dropped.map((d) => d.about)).not.toContain('Semiconductors');
    expect(byStart('Semiconductors: Both sides reinforced').reason).toContain('also "Semiconductors: Both sides confirmed the implementation of the …", by its label (Semiconductors)');
  });

  it('a bullet that keeps its label says so among its grounds', () => {
    const { byStart } = align(statement);
    expect(byStart('Electronic Signatures:').reason).toContain('the same label (Electronic Signatures)');
  });

  it('a reworded opening still continues the opening, by its role', () => {
    const opening = priorBlock('Amidst a rapidly evolving');
    const reworded = 'In an increasingly contested geopolitical environment, both sides stressed that their digital cooperation drives growth and competitiveness and underpins their economic security and resilience.';
    const { byStart } = align(statement.replace(opening.text, reworded));
    const alignment = byStart('In an increasingly contested');
    expect(alignment.status).toBe('revised');
    expect(alignment.matches.map((m) => m.block)).toContain(opening.index);
  });

  it('a content paragraph is never continued from the bare label item that heads the AI list', () => {
    const label = priorBlock('Artificial Intelligence (AI):');
    const paragraph = '- AI and Copyright: Both sides will exchange views on the treatment of copyright in the training of generative AI models.';
    const { byStart } = align(statement.replace('- Quantum Technology:', `${paragraph}\n\n- Quantum Technology:`));
    expect(byStart('AI and Copyright').matches.map((m) => m.block)).not.toContain(label.index);
  });

  it('each precedent carries its evidence: the names both blocks share and the sentences that continue', () => {
    const cables = priorBlock('Submarine Cables');
    const edited = cables.text.replace('Both sides reinforced', 'Both sides further reinforced');
    const { byStart } = align(statement.replace(cables.text, edited));
    const [main] = byStart('Submarine Cables').matches;
    expect(main.block).toBe(cables.index);
    expect(main.evidence.probability).toBeGreaterThan(0.9);
    expect(main.evidence.sharedNames).toEqual(expect.arrayContaining(['Arctic', 'Indo-Pacific']));
    expect(main.evidence.sentences.length).toBe(cables.sentences.length);
  });

  it('an acronym a prior statement defines in one paragraph names the same thing as its long form in another', () => {
    const priors = parseDocument(
      [
        '- Digital Standards: Both sides welcomed the cooperation between the European Telecommunications Standards Institute (ETSI) and the Telecommunication Technology Committee (TTC).',
        '- Standards Roadmap: Both sides asked ETSI and TTC to prepare a joint roadmap for 6G standards by the next meeting.',
      ].join('\n'),
    );
    const draft = parseDocument('- Standards Roadmap: Both sides welcomed the joint roadmap for 6G standards prepared by the European Telecommunications Standards Institute.');
    const [alignment] = alignDraft(draft, new PrecedentIndex([{ blocks: priors.blocks }])).alignments;
    const roadmap = alignment.matches.find((m) => m.block === priors.blocks[1].index)!;
    // The parties' own names ("European") are left out of names.
    expect(roadmap.evidence.sharedNames).toContain('Telecommunications Standards Institute');
  });

  it('a new paragraph is never said to be closest to the date line, which shares a number at most', () => {
    const { byStart } = align(`${statement}\n\nLine 5 of a long list of paragraphs about cooperation 5.`);
    const line = byStart('Line 5 of a long list');
    expect(line.status).toBe('new');
    expect(line.reason).toMatch(/^its closest prior block \("/u);
    expect(line.reason).not.toContain('5 May 2026');
  });
});
