/**
^ * Commitments in reported speech, as a press release or a summary record of
 * the meeting words them (drafts 2027f and 2027d, written blind): "will"
 * reported in the past is "would", "are to" is "were to", "aim to" is
 * "aimed to", and a record says "would" throughout.
 */
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, findCommitments, parseDocument, trackCommitments } from '../../engine/index';
import { findRestatementMarkers, firmnessAsReported, isReportedThroughout } from '../../engine/findCommitments';
import { readDraftClauses } from '../../engine/readClauses';
import { scheduledEvents } from '../../engine/ordinals';
import { blockRoles } from '../../engine/blockRoles';
import { clauseKinds, clauseKindsAndFirmness } from '../support/clauseKinds';

/** Each clause of a sentence: its kind and the phrase that decided it. */
const kinds = clauseKinds;

const commitmentOf = (sentence: string) => findCommitments(parseDocument(sentence).blocks)[0] ?? null;
const restatements = (sentence: string) => findRestatementMarkers(sentence).map((m) => [m.marker, m.firmness]);

describe('what was said, reported', () => {
  it('reads "that" after a reporting verb as opening what was said, not a relative clause', () => {
    expect(commitmentOf('The Japanese side stated that it would continue to encourage more governments to join the Friends Group.')?.marker).toBe(
      'would continue to encourage',
    );
    expect(commitmentOf('Both sides agreed that the partnership relied on industry, and that they would translate their goals into outcomes.')?.marker).toBe(
      'would translate',
    );
    // A relative clause still describes its noun.
    expect(commitmentOf('They welcomed a partnership that will increasingly focus on deliverables.')).toBeNull();
  });

  it('reads the past of "are to", "aim to" and "undertake to" in a draft as the commitment said at the time', () => {
    expect(restatements('The Chair noted that, by enhancing interoperability, the two sides were to create a seamless data ecosystem.')).toEqual([['were to create', 'firm']]);
    expect(restatements('The Chair noted that, by sharing best practices, they aimed to protect and empower users.')).toEqual([['aimed to protect', 'firm']]);
    expect(restatements('Both sides undertook to deepen their cooperation further in multilateral fora.')).toEqual([['undertook to deepen', 'firm']]);
    // A condition is not an arrangement.
    expect(restatements('If the call were to be delayed, the project would be postponed.').map(([marker]) => marker)).not.toContain('were to be');
  });

  it('reads a meeting that had taken place as a report', () => {
    expect(readDraftClauses('The Japanese side reported that the first exchange of best practices had taken place in March 2027.').map((c) => [c.kind, c.phrase])).toEqual([
      ['progress', 'had taken place'],
    ]);
  });
});

describe('a draft in reported speech throughout', () => {
  const record = [
    'The EU side stated that the two sides would continue to discuss joint research initiatives.',
    'As trusted partners, they would continue leveraging their complementary strengths.',
    'The Chair noted that the two sides would revert to the matter at the next meeting.',
  ];

  it('is one that says "would" in three sentences or more and never "will" or "shall"', () => {
    expect(isReportedThroughout(record)).toBe(true);
    expect(isReportedThroughout(record.slice(0, 2))).toBe(false);
    expect(isReportedThroughout([...record, 'Both sides will convene the next meeting in Brussels.'])).toBe(false);
  });

  it('reads "would" there as the reported "will", and a marker whose rule sets its firmness as it is', () => {
    const would = findRestatementMarkers('As trusted partners, they would continue leveraging their complementary strengths.')[0];
    expect(would.firmness).toBe('tentative');
    expect(firmnessAsReported(would)).toBe('firm');
    const could = findRestatementMarkers('Both sides could consider a joint call.')[0];
    expect(firmnessAsReported(could)).toBe('tentative');
    // Read through a contraction too: "We'd continue" is read "we would continue".
    const contracted = findRestatementMarkers("As trusted partners, we'd continue leveraging our strengths.")[0];
    expect(contracted.readAs).toBe('would continue leveraging');
    expect(firmnessAsReported(contracted)).toBe('firm');
  });

  it('restates a firm commitment carried on in a record, and weakens it where the draft says "will" elsewhere', () => {
    const prior = parseDocument('Both sides will continue to discuss and develop joint research initiatives across advanced fields, including AI and quantum technologies.');
    const fateIn = (sentences: string[]) => {
      const draft = parseDocument(sentences.join('\n\n'));
      return trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])))[0].fate;
    };
    const carried = 'Following Japan’s association to Horizon Europe, they would continue to discuss and develop joint research initiatives across advanced fields, including AI and quantum technologies.';
    expect(fateIn([carried, ...record.slice(1)])).toBe('restated');
    expect(fateIn([carried, ...record.slice(1), 'Both sides will convene the next meeting in Brussels.'])).toBe('weakened');
  });
});

describe('the co-chairs speaking for both sides (draft 2027b, a press address)', () => {
  it('reads "going to" of the parties or their body as "will"', () => {
    expect(commitmentOf('Beyond our own networks, our two sides are going to support secure and resilient connectivity in third countries.')?.marker).toBe('are going to support');
    expect(commitmentOf('The Working Group is going to enhance interoperability between the data policy frameworks.')?.firmness).toBe('firm');
    // Not a forecast of something else.
    expect(commitmentOf('The market for edge computing is going to grow.')).toBeNull();
  });

  it('reads what "we", "our teams" or "my colleague and I" have done as a report, an adverb after "have" too', () => {
    expect(kinds('Our teams have connected the Ouranos Ecosystem battery traceability platform and Catena-X.')).toEqual([['progress', 'connected']]);
    expect(kinds('We have jointly supported two pilot projects this year.')).toEqual([['progress', 'supported']]);
  });
});

describe("a co-chair's letter (draft 2027ao)", () => {
  it('reads "Let us continue ..." and "we agreed on continuing ..." as commitments, not "let us know"', () => {
    expect(restatements('Let us therefore continue advancing our partnership from policy alignment to concrete actions.')).toEqual([['Let us therefore continue', 'firm']]);
    expect(restatements('On submarine cables, we reinforced the implementation of the MoC, and agreed on continuing the work of the Working Group.')).toEqual([['agreed on continuing', 'firm']]);
    expect(restatements('Please let us know your views.')).toEqual([]);
  });
});

describe('EU English with French calques (draft 2027an)', () => {
  it('reads "engage themselves to", "agreed on the opportunity to explore" and "a reflection will be conducted on" as the commitments they are', () => {
    expect(restatements('Both Parties engage themselves to pursue the evolution of DFFT.')).toEqual([['engage themselves to pursue', 'firm']]);
    expect(restatements('Furthermore, the Parties have agreed on the opportunity to explore eventually the extension to ASEAN.')).toEqual([['agreed on the opportunity to explore', 'tentative']]);
    expect(restatements('In this context, a reflection will be conducted on the complementarities of their offers.')).toEqual([['a reflection will be conducted', 'tentative']]);
    // Only the parties' or their body's undertaking.
    expect(restatements('The companies engage themselves to comply.')).toEqual([]);
  });
});

describe('agreed language carried by reference (draft 2027al)', () => {
  it('reads a commitment restated by pointing to where it was made as restated', () => {
    expect(restatements('Both sides reaffirmed the commitment made in 2026 to leverage their complementary strengths.')).toEqual([['commitment made in 2026 to leverage', 'firm']]);
    expect(restatements('Both sides reaffirmed the commitments on Data Free Flow with Trust set out in the 2026 Joint Statement.')).toEqual([['reaffirmed the commitments on', 'firm']]);
    // Not commitments of others welcomed.
    expect(restatements('Both sides welcomed the commitments of industry.')).toEqual([]);
  });
});

describe('tense and aspect doing the work (draft 2027am, American English)', () => {
  it('reads the parties’ future progressive as what they will do, the participle its action', () => {
    expect(restatements('Both sides will be launching a follow-up joint call on future networks in 2027.')).toEqual([['will be launching', 'firm']]);
    expect(restatements('The Working Group will be working toward a common glossary.')).toEqual([['will be working', 'firm']]);
    expect(restatements('Both sides will also be exploring whether this cooperation could be extended to ASEAN.')).toEqual([['will also be exploring', 'firm']]);
    // Not what others will be doing, nor what something will be.
    expect(restatements('The market for edge computing will be growing fast.')).toEqual([]);
    expect(restatements('This cooperation will be essential.')).toEqual([]);
  });

  it('reads "are continuing to" as "continue to", and a body "on track to" or "set on" as arranged to act', () => {
    expect(kinds('Both sides are continuing to evolve DFFT from a concept into a practical engine.')).toEqual([['commitment', 'are continuing to evolve']]);
    expect(kinds('The work is continuing.')).toEqual([['continued', 'is continuing']]);
    // Its object right after it too, as a co-chair says it at a press conference (draft 2027ap).
    expect(kinds('On semiconductors, we are continuing the information exchange on supply chain resilience.')).toEqual([['commitment', 'are continuing the information']]);
    expect(restatements('Both sides remain on track to move their partnership from policy alignment to concrete action.')).toEqual([['remain on track to move', 'firm']]);
    expect(restatements('The Working Group is set on enhancing interoperability.')).toEqual([['is set on enhancing', 'firm']]);
    expect(restatements('The project is on track.')).toEqual([]);
  });
});

describe("a minister's speaking points (draft 2027aj)", () => {
  it('reads "Welcome ..." addressed to the speaker as a report, as "welcomed" is', () => {
    expect(kinds('Welcome the first working-level information exchange on video games, held online in February 2027.')).toEqual([['progress', 'Welcome']]);
    expect(kinds('Platforms: Welcome the progress of the talks.')).toEqual([['progress', 'Welcome the progress']]);
    // Not an opportunity or an idea welcomed, nor a welcome inside a sentence.
    expect(kinds('Welcome the opportunity to meet again.')).toEqual([['statement', '']]);
    expect(kinds('We welcome the idea.')).toEqual([['statement', '']]);
  });

  it('reads a meeting that takes place, as a briefing written before it says, as held', () => {
    expect(kinds('The fifth meeting of the European Union (EU) - Japan Digital Partnership Council takes place in Tokyo on 28 May 2027.')).toEqual([['progress', 'takes place']]);
  });
});

describe("a communiqué's coordinated infinitives (draft 2027ah)", () => {
  const kinds = clauseKindsAndFirmness;
  it('reads an infinitive coordinated with the one a marker of intent governs as a further action, its firmness its own verb’s', () => {
    expect(kinds('Both sides decided to operationalise DFFT, to further deepen cooperation in the G7, and, as appropriate, to consider extending this cooperation to ASEAN.')).toEqual([
      ['commitment', 'decided to operationalise', 'firm'],
      ['commitment', 'to further deepen', 'firm'],
      ['commitment', 'to consider', 'tentative'],
    ]);
    expect(kinds('Both sides intend, in the coming year, to launch the call and to explore industry cooperation.')).toEqual([
      ['commitment', 'intend, in the coming year, to launch', 'firm'],
      ['commitment', 'to explore', 'tentative'],
    ]);
  });

  it('reads no action in nouns after "committed to", nor in a purpose or a place', () => {
    expect(kinds('Both sides committed to cooperation and to innovation in the region.')).toEqual([['commitment', 'committed to cooperation', 'firm']]);
    expect(kinds('Both sides decided to support the project and to the benefit of citizens.')).toEqual([['commitment', 'decided to support', 'firm']]);
  });
});

describe("a joint work plan's action lines (draft 2027ai)", () => {
  it('reads an action given to a body the sides set up, or to "EU and Japan", as what they are to do', () => {
    expect(restatements('Action 3. Data. The Working Group to continue its work on interoperability between data policy frameworks.')).toEqual([['to continue', 'firm']]);
    expect(restatements('EU and Japan to explore joint outreach to governments in the Global South.')).toEqual([['to explore', 'tentative']]);
    // Not a body's purpose inside a sentence.
    expect(restatements('Both sides set up a working group to continue the dialogue.')).toEqual([]);
  });
});

describe("a debriefing note's shorthand (draft 2027ab, an EU-internal flash report)", () => {
  it('reads a follow-up item, the sides abbreviated and an infinitive, as what they are to do', () => {
    expect(restatements('Outcome: JP and COM to consider whether an exchange of best practices could be organised at a later stage.')).toEqual([['to consider', 'tentative']]);
    expect(restatements('Follow-up: COM to circulate a proposal by 06/2027.')).toEqual([['to circulate', 'firm']]);
    // Not an infinitive inside a sentence ("it is important for JP to ...").
    expect(restatements('It is important for JP to see the results first.')).toEqual([]);
  });

  it("reads a meeting named by its body's acronym and number as that meeting", () => {
    expect(scheduledEvents('DPC5 held in Tokyo on 28/05/2027, as decided at DPC4 (Brussels, 05/05/2026).')).toEqual([
      { ordinal: 5, kind: 'meeting' },
      { ordinal: 4, kind: 'meeting' },
    ]);
    // G7 and G20 are no meetings' numbers.
    expect(scheduledEvents('The G7 summit was held in Italy and the G20 met in Brazil.')).toEqual([]);
    const blocks = parseDocument('# Flash report\n\nDPC5 held in Tokyo on 28/05/2027.\n\n## Item 1\n\nOpening remarks.\n\nMore.').blocks;
    expect(blockRoles(blocks).get(blocks.find((b) => b.text.startsWith('DPC5'))!.index)).toBe('meeting');
    expect(readDraftClauses('First working-level information exchange held 01/2027.').map((c) => [c.kind, c.phrase])).toEqual([['progress', 'held']]);
  });
});

describe("an impersonal minute's passive (draft 2027ae)", () => {
  it('reads consideration to be given, and further work foreseen, as looking into it', () => {
    expect(restatements('Consideration may be given, where resources permit, to the possible extension of this cooperation to ASEAN.')).toEqual([
      ['Consideration may be given, where resources permit, to', 'tentative'],
    ]);
    expect(restatements('For the security of connected devices, consideration will be given to a possible mutual recognition of the schemes.')).toEqual([
      ['consideration will be given to', 'tentative'],
    ]);
    expect(restatements('Further work is foreseen on the international standardisation of future communication networks.')).toEqual([['is foreseen', 'tentative']]);
    // Consideration given in the past is a report of what was done, not a commitment.
    expect(restatements('Due consideration was given to the comments of stakeholders.')).toEqual([]);
  });
});

describe('plain English (draft 2027af): contractions read in full, the cards quoting them as written', () => {
  it.each([
    ["We'll keep working together on the Arctic route.", "We'll keep", 'firm'],
    ['We’ll look at whether mutual recognition could work.', 'We’ll look', 'firm'],
  ])('%s', (sentence, marker, firmness) => {
    expect(restatements(sentence)[0]).toEqual([marker, firmness]);
  });

  it('reads "won\'t" as "will not" reads', () => {
    const as = (sentence: string) => findRestatementMarkers(sentence).map((m) => [m.marker.replace("won't", 'will not'), m.firmness]);
    expect(as("We won't pursue the joint call.")).toEqual(as('We will not pursue the joint call.'));
    expect(as("We won't pursue the joint call.")).not.toEqual([]);
  });

  it("reads what we've done as a report, and leaves a possessive or a quotation mark alone", () => {
    expect(readDraftClauses("We've signed the Cooperation Arrangement on AI.").map((c) => [c.kind, c.phrase])).toEqual([['progress', 'signed']]);
    expect(findRestatementMarkers("Japan's association to Horizon Europe is in force.")).toEqual([]);
  });
});

describe('obligation and necessity (draft 2027ag)', () => {
  it.each([
    ['Both sides must keep exchanging information on supply chain resilience.', 'must keep', 'firm'],
    ['Both sides need to explore synergies in third countries.', 'need to explore', 'tentative'],
    ['The cooperation on data spaces needs to be enhanced further.', 'needs to be enhanced', 'firm'],
    ['It is essential that both sides continue the work of the Working Group.', 'It is essential that both', 'firm'],
    ['It is necessary for the Working Group to prepare a follow-up project.', 'It is necessary for the Working Group to prepare', 'firm'],
  ])('%s', (sentence, marker, firmness) => {
    expect(restatements(sentence)[0]).toEqual([marker, firmness]);
  });

  it('does not read a need negated as a commitment', () => {
    expect(findRestatementMarkers('The talks no longer need to be intensified: they were concluded in March 2027.').map((m) => m.marker)).not.toContain('need to be intensified');
    expect(findRestatementMarkers('The pilot need not wait for the regulation.')).toEqual([]);
  });
});
