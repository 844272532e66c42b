/**
 * Fates told as a drafter meets them, on the statements' own sentences: a
 * prior paragraph, the draft's paragraph (the next statement's, or the same
 * paragraph with one sentence edited), and the fate of one commitment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PrecedentIndex,
  alignDraft,
  findCommitments,
  parseDocument,
  statementBlocks,
  trackCommitments,
  type CommitmentFate,
  type DraftAlignment,
  type ParsedDocument,
} from '../../engine/index';
import { corpusDir, findBlockByKey, looseKey, readCorpusDocument } from '../support/gold';
import { everyFate, firstFate } from '../support/firstFate';

const statements = new Map<string, ParsedDocument>();
/** A paragraph of a corpus statement, by its first words. */
function paragraph(id: string, key: string): string {
  if (!statements.has(id)) statements.set(id, readCorpusDocument(id));
  const block = findBlockByKey(statementBlocks(statements.get(id)!), key);
  if (!block) throw new Error(`no paragraph of ${id} begins "${key}"`);
  return block.text;
}

/** The same paragraph with one phrase replaced (the phrase must be there). */
function edited(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the paragraph`);
  return text.replace(from, to);
}

type Alignment = (prior: ParsedDocument, draft: ParsedDocument) => DraftAlignment;
const aligned: Alignment = (prior, draft) => alignDraft(draft, new PrecedentIndex([prior]));

/** The fate of the prior paragraph's commitment whose sentence begins with `sentence`. */
function fateOf(priorText: string, draftText: string, sentence: string, alignment: Alignment = aligned): CommitmentFate {
  const prior = parseDocument(priorText);
  const draft = parseDocument(draftText);
  const fates = trackCommitments([prior], draft, alignment(prior, draft));
  const fate = fates.find((f) => looseKey(f.sentence).startsWith(looseKey(sentence)));
  if (!fate) throw new Error(`no commitment begins "${sentence}"; found: ${fates.map((f) => f.sentence.slice(0, 50)).join(' | ')}`);
  return fate;
}

const platforms2024 = () => paragraph('statement-2024', 'In order to ensure a safe online environment');
const quantum2026 = () => paragraph('council-note-8288-1-26-rev1', 'Quantum Technology:');
const cables2026 = () => paragraph('council-note-8288-1-26-rev1', 'Submarine Cables:');

interface Story {
  story: string;
  prior: () => string;
  draft: () => string;
  sentence: string;
  fate: CommitmentFate['fate'];
  /** The marker or report the fate was read in, in the draft's words. */
  draftMarker?: string;
  reason?: string;
}

/** The 2026 statement's meeting paragraph and its closing, which convenes the 5th meeting. */
const meetingAndClosing2026 = () =>
  [paragraph('council-note-8288-1-26-rev1', 'The fourth meeting of the European Union'), paragraph('council-note-8288-1-26-rev1', 'Both sides decided to convene the 5th')].join('\n\n');
/** The next statement's closing, which convenes the 6th. */
const convening2027 = 'Both sides decided to convene the 6th meeting of the EU-Japan Digital Partnership Council in Brussels in 2028 to review progress and further deepen their strategic cooperation.';

/** The 2026 Semiconductors bullet as a next statement may report it: one sentence reports the mechanism operational, the next restates the exchange. */
const semiconductorsReported =
  'Semiconductors: Both sides welcomed the extension of the scope of the Administrative Arrangement signed in 2023, which has made the Early Warning Mechanism operational for timely information sharing on supply chain disruptions. They will continue the information exchange on supply chain resilience under the MoC on Semiconductors.';

const stories: Story[] = [
  {
    story: "a commitment restated with 'intend to' instead of 'will' is restated",
    prior: platforms2024,
    draft: () => edited(platforms2024(), 'both sides will deepen cooperation', 'both sides intend to deepen cooperation'),
    sentence: 'In order to ensure a safe online environment',
    fate: 'restated',
    draftMarker: 'intend to deepen',
  },
  {
    story: "'will deepen' becoming 'would consider deepening' is weakened, and says so",
    prior: platforms2024,
    draft: () => edited(platforms2024(), 'both sides will deepen cooperation', 'both sides would consider deepening cooperation'),
    sentence: 'In order to ensure a safe online environment',
    fate: 'weakened',
    reason: 'weakened: will deepen (firm) → would consider (tentative)',
  },
  {
    story: "'will explore establishing' a channel, now reported 'launched', is progressed",
    prior: platforms2024,
    draft: () => edited(platforms2024(), 'Both sides will explore establishing a regular', 'Both sides launched a regular'),
    sentence: 'Both sides will explore establishing',
    fate: 'progressed',
    draftMarker: 'launched',
  },
  {
    story: "'will launch' becoming 'welcomed the launch of' is progressed",
    prior: () => edited(paragraph('statement-2025', 'On quantum technology'), 'both sides welcomed the launch of', 'both sides will launch'),
    draft: () => paragraph('statement-2025', 'On quantum technology'),
    sentence: 'On quantum technology, both sides will launch',
    fate: 'progressed',
    draftMarker: 'welcomed',
  },
  {
    story: "'continued the implementation' said again the next year is restated, not progressed",
    prior: () => paragraph('statement-2025', 'On digital identities and trust services'),
    draft: () => paragraph('council-note-8288-1-26-rev1', 'Digital Identity and Trust Services:'),
    sentence: 'On digital identities and trust services, both sides continued',
    fate: 'restated',
    draftMarker: 'continued the',
  },
  {
    story: "an effort reported continued, continued again beside news of its pilot ('the evaluation report was published'), is restated",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Digital Identity and Trust Services:'),
    draft: () =>
      'Digital Identity and Trust Services: Both sides continued to implement the MoC. The report evaluating the pilot on student academic records in digital identity wallets, published in December, confirmed that verifiable credentials can be issued, stored, presented and verified across different countries and regions.',
    sentence: 'Digital Identity and Trust Services: Both sides continued',
    fate: 'restated',
    draftMarker: 'continued to',
  },
  {
    story: "'will enhance their collaboration' become 'will consider enhancing their collaboration' is weakened: the same action only considered",
    prior: () => paragraph('council-note-8288-1-26-rev1', '5G/6G:'),
    draft: () => edited(paragraph('council-note-8288-1-26-rev1', '5G/6G:'), 'Both sides will enhance their collaboration', 'Both sides will consider enhancing their collaboration'),
    sentence: 'Both sides will enhance their collaboration',
    fate: 'weakened',
    draftMarker: 'will consider',
  },
  {
    story: "'committed to further strengthening collaboration in quantum research' become 'will consider further collaboration in quantum research' is weakened: what it acts on only considered (draft 2027d)",
    prior: quantum2026,
    draft: () => edited(quantum2026(), 'They committed to further strengthening collaboration in quantum research', 'They will consider further collaboration in quantum research'),
    sentence: 'They committed to further strengthening collaboration',
    fate: 'weakened',
    draftMarker: 'will consider',
  },
  {
    story: "'confirmed the intention to address' become 'will also, where appropriate, consider how best to address' is weakened: the verb stands after the parenthesis",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
    draft: () =>
      edited(paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'), 'they confirmed the intention to address challenges', 'both sides will also, where appropriate, consider how best to address challenges'),
    sentence: 'Furthermore, they confirmed the intention to address',
    fate: 'weakened',
  },
  {
    story: "'intention to extend this fruitful cooperation' become 'may, where appropriate, consider extending' it is weakened, not dropped",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'),
    draft: () =>
      edited(paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'), 'both sides expressed their intention to extend', 'both sides may, where appropriate, consider extending'),
    sentence: 'Furthermore, both sides expressed their intention to extend',
    fate: 'weakened',
  },
  {
    story: "'committed to leveraging' said as 'shared the view that ..., and confirmed to leverage' is restated: sharing a view reports nothing done",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Digital transformation is best achieved'),
    draft: () =>
      'Both sides shared the view that no economy can achieve its digital transformation alone, and confirmed to leverage their complementary strengths to build resilient supply chains based on shared values.',
    sentence: 'Reaffirming their strong bond as trusted partners, both sides committed to leveraging',
    fate: 'restated',
    draftMarker: 'confirmed to leverage',
  },
  {
    story: "'intention to explore quantum industry cooperation' become 'will pursue' it is strengthened: pursuing is doing",
    prior: quantum2026,
    draft: () => edited(quantum2026(), 'both sides confirmed their intention to explore quantum industry cooperation', 'both sides will pursue quantum industry cooperation'),
    sentence: 'In addition, both sides confirmed their intention to explore',
    fate: 'strengthened',
  },
  {
    story: "'continued the implementation' of the MoC, then 'the MoC has been steadily implemented', is restated: steady work is under way, not done",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Digital Identity and Trust Services:'),
    draft: () => 'Digital Identity and Trust Services: The MoC on Digital Identities and Trust Services has been steadily implemented, and the report on the pilot was published in December.',
    sentence: 'Digital Identity and Trust Services: Both sides continued',
    fate: 'restated',
    draftMarker: 'has been steadily implemented',
  },
  {
    story: "'decided to exchange best practices', then 'have been exchanging best practices', is progressed: the exchange is under way",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Governmental AI:'),
    draft: () => edited(paragraph('council-note-8288-1-26-rev1', 'Governmental AI:'), 'both sides decided to exchange best practices', 'both sides have been exchanging best practices'),
    sentence: 'Governmental AI:',
    fate: 'progressed',
    draftMarker: 'have been exchanging',
  },
  {
    story: "'intention to extend this fruitful cooperation' become 'remain open to extending' it is weakened: openness is a possibility kept",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'),
    draft: () => edited(paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'), 'both sides expressed their intention to extend', 'both sides remain open to extending'),
    sentence: 'Furthermore, both sides expressed their intention to extend',
    fate: 'weakened',
  },
  {
    story: "'committed to further strengthening collaboration in quantum research' said as a noun the parties affirm ('Continued efforts toward ... were affirmed') is restated",
    prior: quantum2026,
    draft: () =>
      'Quantum Technology: Continued efforts toward strengthening collaboration in quantum research, exploring industrial applications and fostering a quantum ecosystem were affirmed by both sides.',
    sentence: 'They committed to further strengthening collaboration in quantum research',
    fate: 'restated',
  },
  {
    story: "'affirmed the need for more technical activities' said as 'confirmed the necessity of more technical activities' is restated",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Industry Engagement:'),
    draft: () => edited(paragraph('council-note-8288-1-26-rev1', 'Industry Engagement:'), 'both sides affirmed the need for more technical activities', 'both sides confirmed the necessity of more technical activities'),
    sentence: 'To materialise these outcomes, both sides affirmed the need',
    fate: 'restated',
  },
  {
    story: "a work programme's 'Next steps: Continue the information exchange ...' restates 'committed to continuing the information exchange'",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
    draft: () =>
      [
        '### Semiconductors',
        '- Achievements: Extension of the scope of the 2023 Administrative Arrangement (January 2027), making the Early Warning Mechanism operational.',
        '- Next steps: Continue the information exchange on supply chain resilience under the MoC on Semiconductors; explore joint research in next-generation semiconductor technologies.',
      ].join('\n\n'),
    sentence: 'They committed to continuing the information exchange',
    fate: 'restated',
    draftMarker: 'Continue',
  },
  {
    story: "a work programme's 'Achievements: First exchange of best practices ...' is progress of 'decided to exchange best practices'",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Governmental AI:'),
    draft: () => '- Achievements: First exchange of best practices on AI adoption in the public sector, between the Digital Agency and the Commission (March 2027).',
    sentence: 'Governmental AI:',
    fate: 'progressed',
    draftMarker: 'First',
  },
  {
    story: "the intention to address non-market policies, left out, is dropped, though the exchange on supply chains beside it is kept and shares 'supply chain' with it",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
    draft: () =>
      '- **Semiconductors:** The MoC on Semiconductors continues to be implemented. Both sides will keep exchanging information on the resilience of their supply chains, including through the Early Warning Mechanism, now operational for timely information sharing.',
    sentence: 'Furthermore, they confirmed the intention to address',
    fate: 'dropped',
  },
  {
    story: "'would continue cooperation' on Arctic links, then 'have continued the discussions', is progressed",
    prior: () => paragraph('statement-2024', 'Both sides confirmed the importance of deploying'),
    draft: () => paragraph('statement-2025', 'Both sides reinforced the implementation'),
    sentence: 'Both sides would continue cooperation',
    fate: 'progressed',
    draftMarker: 'continued the',
  },
  {
    story: "'envisage to explore' DFFT measures, then 'are committed to evolving' DFFT, is strengthened",
    prior: () => paragraph('statement-2025', 'On data governance'),
    draft: () => paragraph('council-note-8288-1-26-rev1', 'Both sides are committed to evolving Data Free Flow'),
    sentence: 'Both sides envisage to explore measures',
    fate: 'strengthened',
  },
  {
    story: 'a sentence that welcomes progress and recommits is read in the clause about the commitment',
    prior: () => paragraph('statement-2025', 'On multilateral cooperation'),
    draft: () => paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'),
    sentence: 'On multilateral cooperation',
    fate: 'restated',
    draftMarker: 'committed to further',
  },
  {
    story: 'a report in the same paragraph about something else is not progress: support for 3GPP standardisation is dropped',
    prior: () => paragraph('statement-2024', 'Both sides welcome the launch of the call'),
    draft: () => paragraph('statement-2025', 'On Beyond 5G/6G'),
    sentence: 'Both sides concurred on supporting global standardisation',
    fate: 'dropped',
    reason: 'dropped: no draft sentence continues it',
  },
  {
    story: 'a commitment taken out of a paragraph whose other sentences stay is dropped, though a report of progress stays beside it',
    prior: () => paragraph('statement-2025', 'On Beyond 5G/6G'),
    draft: () => {
      const text = paragraph('statement-2025', 'On Beyond 5G/6G');
      const sentence = /Both sides recognised the importance of the joint research project[^.]*\./u.exec(text)![0];
      return edited(text, sentence, '').trim();
    },
    sentence: 'Both sides recognised the importance of the joint research project',
    fate: 'dropped',
  },
  {
    story: "convening the 5th meeting, then 'the fifth meeting took place' beside a closing that convenes the 6th, is progressed, not restated",
    prior: meetingAndClosing2026,
    draft: () =>
      [
        'The fifth meeting of the European Union (EU) - Japan Digital Partnership Council took place in Tokyo on 9 July 2027. The meeting was co-chaired by the Executive Vice-President of the European Commission Henna VIRKKUNEN and the Japanese Minister for Digital Transformation MATSUMOTO Hisashi.',
        convening2027,
      ].join('\n\n'),
    sentence: 'Both sides decided to convene the 5th',
    fate: 'progressed',
    draftMarker: 'took place',
  },
  {
    story: "'the fifth meeting took place in Tokyo, as decided at the fourth meeting in Brussels' reports the 5th held, though it recalls the meeting the prior reported",
    prior: meetingAndClosing2026,
    draft: () =>
      [
        'The fifth meeting of the European Union (EU) - Japan Digital Partnership Council took place in Tokyo on 28 May 2027, as decided at the fourth meeting in Brussels. It was co-chaired by the Executive Vice-President of the European Commission Henna VIRKKUNEN and the Japanese Minister for Digital Transformation MATSUMOTO Hisashi.',
        convening2027,
      ].join('\n\n'),
    sentence: 'Both sides decided to convene the 5th',
    fate: 'progressed',
    draftMarker: 'took place',
  },
  {
    story: "two sentences merged into one ('continued the implementation of the MoC ... and reaffirmed their commitment to ...') restate both commitments, though the merge is closest to the second",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Digital Identity and Trust Services:'),
    draft: () =>
      'Digital Identity and Trust Services: Both sides continued the implementation of the Memorandum of Cooperation (MoC) on Digital Identities and Trust Services and reaffirmed their commitment to the MoC, aiming at the implementation of digital identities using verifiable credentials and digital identity wallets in various fields across a wide range of sectors.',
    sentence: 'Digital Identity and Trust Services: Both sides continued',
    fate: 'restated',
    draftMarker: 'continued the',
  },
  {
    story: "the global-governance sentence merged with the next ('... in international forums, and committed to further advance ...'), its last reported done, still restates 'the need to continue exchanging information'",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Global Governance:'),
    draft: () =>
      'Global Governance: Both sides reaffirmed the need to continue exchanging information on international AI governance initiatives and to seek aligned positions in international forums, and committed to further advance innovation-friendly, safe, secure and trustworthy AI in global initiatives. They welcomed that more governments and private sector partners, including from the Global South, have joined the Friends Group of the Hiroshima AI Process.',
    sentence: 'Global Governance: Both sides reaffirmed the need to continue',
    fate: 'restated',
  },
  {
    story: 'a report that the Early Warning Mechanism was made operational progresses the commitment to operationalise it, not the one beside it to keep exchanging information, which the next sentence restates',
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
    draft: () => semiconductorsReported,
    sentence: 'They committed to continuing the information exchange',
    fate: 'restated',
    draftMarker: 'will continue the',
  },
  {
    story: 'the same draft: operationalising the Early Warning Mechanism by extending the Administrative Arrangement is progressed',
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
    draft: () => semiconductorsReported,
    sentence: 'In this context, with the considering of the possible broad effect',
    fate: 'progressed',
    draftMarker: 'welcomed',
  },
  {
    story: "supporting the Arctic route taken out of Submarine Cables is dropped, not restated by 'reaffirmed their commitment to operationalising DFFT', reworded, elsewhere in the draft",
    prior: () => [paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'), paragraph('council-note-8288-1-26-rev1', 'Submarine Cables:')].join('\n\n'),
    draft: () => {
      const cables = paragraph('council-note-8288-1-26-rev1', 'Submarine Cables:');
      const arctic = /They reaffirmed their commitment to supporting the Arctic route[^.]*\./u.exec(cables)![0];
      const dfft =
        'DFFT and International Cooperation: Both sides reaffirmed their commitment to operationalising DFFT against digital protectionism, and committed to further deepening cooperation in multilateral fora, including the G7, the G20 and the Institutional Arrangement for Partnership at the OECD. Both sides could explore extending this cooperation to third countries, including ASEAN.';
      return [dfft, edited(cables, arctic, '').replace(/\s+/gu, ' ').trim()].join('\n\n');
    },
    sentence: 'They reaffirmed their commitment to supporting the Arctic route',
    fate: 'dropped',
  },
  // Drafts written blind to the engine (eval/labelled/draft-2027r.md, draft-2027s.md) restate in the passive and by other subjects.
  {
    story: "the information exchange 'will be continued', in the passive after a report on the MoC joined by ', and', is restated, not progressed by the report",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
    draft: () =>
      'The MoC on Semiconductors continues to be implemented, and the information exchange on supply chain resilience, including the effective use of the Early Warning Mechanism, will be continued.',
    sentence: 'They committed to continuing the information exchange',
    fate: 'restated',
    draftMarker: 'will be continued',
  },
  {
    story: "a commitment that 'remains a shared commitment of the EU and Japan' is restated, though no party commits in the sentence",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'),
    draft: () =>
      'DFFT and Multilateral Cooperation: Operationalising DFFT to counter digital protectionism and to ensure open and trusted data flows remains a shared commitment of the EU and Japan.',
    sentence: 'DFFT and International Cooperation: Both sides reaffirmed their commitment to operationalising',
    fate: 'restated',
  },
  {
    story: "continuing the Working Group's work is restated by the Working Group that 'met again and will pursue its work', in a sentence that keeps the report of its meetings beside it",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Submarine Cables:'),
    draft: () =>
      'Submarine Cables: Under the MoC on submarine cables, the Japan-EU Joint Working Group on Policy Issues for Global Connectivity met again and will pursue its work on the security and resilience of submarine cables and on connectivity projects in the Indo-Pacific and the Arctic.',
    sentence: 'Both sides concurred on continuing the work of the Working Group',
    fate: 'restated',
  },
  {
    story: "cooperating in multilateral bodies is restated by 'will keep working together', not progressed by the arrangement that 'has started its first projects' in the relative clause after it",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'Multilateral cooperation:'),
    draft: () =>
      'Multilateral cooperation: They will keep working together with other partners in multilateral bodies, in the G7, the G20 and the OECD, where the Institutional Arrangement for Partnership has started its first projects.',
    sentence: 'Multilateral cooperation: Both sides concurred to cooperate',
    fate: 'restated',
  },
  {
    story: "extending the cooperation to ASEAN is progressed by a report in the passive: 'was extended to ASEAN partners'",
    prior: () => paragraph('council-note-8288-1-26-rev1', 'DFFT and International Cooperation:'),
    draft: () =>
      'DFFT and International Cooperation: Both sides reaffirmed their commitment to operationalising DFFT to counter digital protectionism. Their fruitful cooperation on trusted data flows was extended to third countries, with ASEAN partners joining a first workshop in the Indo-Pacific region.',
    sentence: 'Furthermore, both sides expressed their intention to extend',
    fate: 'progressed',
  },
  {
    story: "convening the 5th meeting is progressed by the meeting paragraph 'Tokyo hosted the fifth meeting', though it shares few words with the closing that convened it",
    prior: meetingAndClosing2026,
    draft: () => `On 26 May 2027, Tokyo hosted the fifth meeting of the Digital Partnership Council, co-chaired by Henna VIRKKUNEN and MATSUMOTO Hisashi.\n\nThe EU thanked Japan for hosting the meeting. ${convening2027}`,
    sentence: 'Both sides decided to convene the 5th',
    fate: 'progressed',
    draftMarker: 'hosted',
  },
  {
    story: 'convening the 5th meeting is not restated by a closing that convenes the 6th: with no report of the 5th, it is dropped',
    prior: meetingAndClosing2026,
    draft: () => convening2027,
    sentence: 'Both sides decided to convene the 5th',
    fate: 'dropped',
  },
  {
    story: "the intention to explore quantum industry cooperation, then 'will establish' an industry dialogue, is strengthened though both are firm",
    prior: quantum2026,
    draft: () => edited(quantum2026(), 'both sides confirmed their intention to explore quantum industry cooperation', 'both sides will establish a quantum industry dialogue for quantum industry cooperation'),
    sentence: 'In addition, both sides confirmed their intention to explore quantum industry',
    fate: 'strengthened',
  },
  {
    story: "the same intention, then 'will also explore' quantum industry cooperation, is restated",
    prior: quantum2026,
    draft: () => edited(quantum2026(), 'both sides confirmed their intention to explore quantum industry cooperation', 'both sides will also explore quantum industry cooperation'),
    sentence: 'In addition, both sides confirmed their intention to explore quantum industry',
    fate: 'restated',
  },
  {
    story: "'will launch' a joint call, then 'will consider launching' it, is weakened though both are firm",
    prior: () => edited(paragraph('statement-2025', 'On quantum technology'), 'both sides welcomed the launch of', 'both sides will launch'),
    draft: () => edited(paragraph('statement-2025', 'On quantum technology'), 'both sides welcomed the launch of', 'both sides will consider launching'),
    sentence: 'On quantum technology, both sides will launch',
    fate: 'weakened',
  },
  {
    story: "the intention to explore synergies in supporting connectivity in third countries, then 'will jointly support' it, is strengthened (draft 2027x)",
    prior: cables2026,
    draft: () => edited(cables2026(), 'both sides reconfirmed their intention to explore synergies in supporting', 'both sides will jointly support'),
    sentence: 'In addition, both sides reconfirmed their intention to explore synergies',
    fate: 'strengthened',
  },
  {
    story: "'will deepen' the exchanges, then 'will study' deepening them, is weakened: the same action only looked into, as three labellers read 'will consider enhancing'",
    prior: platforms2024,
    draft: () => edited(platforms2024(), 'both sides will deepen cooperation', 'both sides will study deepening cooperation'),
    sentence: 'In order to ensure a safe online environment',
    fate: 'weakened',
  },
  {
    story: "'will deepen cooperation', then 'will study' how to organise expert workshops in that area, is restated: what is studied is neither the action committed to nor what it acts on",
    prior: platforms2024,
    draft: () => edited(platforms2024(), 'both sides will deepen cooperation', 'both sides will study ways of organising expert workshops'),
    sentence: 'In order to ensure a safe online environment',
    fate: 'restated',
  },
];

describe('fates on the statements’ own sentences', () => {
  it.each(stories)('$story', ({ prior, draft, sentence, fate, draftMarker, reason }) => {
    const found = fateOf(prior(), draft(), sentence);
    expect(found.fate, found.reason).toBe(fate);
    if (draftMarker) expect(found.draftMarker, found.reason).toBe(draftMarker);
    if (reason) expect(found.reason).toBe(reason);
  });
});

describe('where the evidence comes from', () => {
  it('with the 2025 and 2026 statements as priors, convening the 5th meeting is progressed by the fifth meeting taking place, though that sentence is closest to 2025’s meeting sentence', () => {
    const priors = [readCorpusDocument('statement-2025'), readCorpusDocument('council-note-8288-1-26-rev1')].map((doc) => ({ blocks: statementBlocks(doc) }));
    const draft = parseDocument(
      [
        'The fifth meeting of the European Union (EU) - Japan Digital Partnership Council took place in Tokyo on 9 July 2027. The meeting was co-chaired by the Executive Vice-President of the European Commission Henna VIRKKUNEN and the Japanese Minister for Digital Transformation MATSUMOTO Hisashi.',
        convening2027,
      ].join('\n\n'),
    );
    const fates = trackCommitments(priors, draft, alignDraft(draft, new PrecedentIndex(priors)));
    const fifth = fates.find((f) => f.prior === 1 && f.sentence.startsWith('Both sides decided to convene the 5th'));
    expect(fifth?.fate, fifth?.reason).toBe('progressed');
    expect(fifth?.draftMarker).toBe('took place');
  });

  it('a commitment taken out of a bullet is dropped, though the next Cyber Dialogue is reported in its place: that report continues the report of the last one', () => {
    const cyber = paragraph('council-note-8288-1-26-rev1', 'Cybersecurity:');
    const capacity = cyber.slice(cyber.indexOf('Both sides will continue to cooperate on cyber capacity building'));
    const draft = edited(edited(cyber, 'Both sides welcomed the progress of the 7th EU-Japan Cyber Dialogue, held in January 2026.', 'Both sides welcomed the 8th EU-Japan Cyber Dialogue, held in February 2027.'), capacity, '');
    const found = fateOf(cyber, draft, 'Both sides will continue to cooperate on cyber capacity building');
    expect(found.fate, found.reason).toBe('dropped');
  });

  it('taking stock at the fourth Council is progressed by the fourth meeting taking place, though that sentence continues last year’s meeting sentence once the calendar is set aside', () => {
    const prior = readCorpusDocument('statement-2025');
    const draft = parseDocument(paragraph('council-note-8288-1-26-rev1', 'The fourth meeting of the European Union'));
    const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
    const stock = fates.find((f) => f.sentence.startsWith('Both sides confirmed their intention to take stock'));
    expect(stock?.fate, stock?.reason).toBe('progressed');
    expect(stock?.draftMarker).toBe('took place');
  });

  it('a commitment the draft renounces ("will not be launched") is dropped, not strengthened by the firm "will"', () => {
    const sixG = paragraph('council-note-8288-1-26-rev1', '5G/6G:');
    const draft = edited(sixG, 'Both sides recognised the importance of the joint research project and confirmed that further collaborative research on future communication networks including 6G is to be considered in the future', 'A follow-up joint research project on future communication networks including 6G will not be launched');
    const found = fateOf(sixG, draft, 'Both sides recognised the importance of the joint research project');
    expect(found.fate, found.reason).toBe('dropped');
    expect(found.reason).toMatch(/renounces it \("will not/);
  });

  it('a bullet taken out of the statement is dropped, though its section label and neighbours still speak of AI', () => {
    const source = readFileSync(new URL('council-note-8288-1-26-rev1.md', corpusDir), 'utf8');
    const bullet = source.split('\n').find((line) => line.includes('**Governmental AI:**'));
    if (!bullet) throw new Error('the 2026 statement has no Governmental AI bullet');
    const prior = { blocks: statementBlocks(parseDocument(source)) };
    const draft = { blocks: statementBlocks(parseDocument(source.replace(`${bullet}\n`, ''))) };
    const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
    const governmentalAi = fates.find((f) => f.sentence.startsWith('Governmental AI:'));
    expect(governmentalAi?.fate, governmentalAi?.reason).toBe('dropped');
    expect(fates.filter((f) => f.fate === 'dropped').map((f) => f.sentence.slice(0, 40))).toEqual(['Governmental AI: Recognising the transfo']);
  });

  it('a commitment whose paragraph the alignment left unlinked is not dropped when a draft sentence clearly continues it', () => {
    const unlinked: Alignment = () => ({ alignments: [], dropped: [] });
    const found = fateOf(
      paragraph('statement-2025', 'On semiconductors, both sides confirmed their interest'),
      paragraph('council-note-8288-1-26-rev1', 'Semiconductors:'),
      'Both sides are committed to exploring the opportunity',
      unlinked,
    );
    expect(found.fate, found.reason).toBe('weakened');
    expect(found.draftMarker).toBe('encouraged further');
    expect(found.draftSentence).toMatch(/^Furthermore, they confirmed the intention/);
  });

  it('a draft sentence the alignment links to the commitment is preferred as evidence, whatever words it shares', () => {
    const prior = platforms2024();
    const draft = paragraph('statement-2025', 'On online platforms');
    const progressReport = parseDocument(draft).blocks[0].sentences.findIndex((s) => s.text.startsWith('To that end, regulatory exchanges took place'));
    const withLinks: Alignment = (priorDoc, draftDoc) => {
      const alignment = aligned(priorDoc, draftDoc);
      const sentenceLinks = [{ draft: progressReport, prior: 1, priorBlock: priorDoc.blocks[0].index, priorStatement: 0, score: 0.1 }];
      return { ...alignment, alignments: alignment.alignments.map((a) => ({ ...a, sentenceLinks })) };
    };
    const found = fateOf(prior, draft, 'Both sides will explore establishing', withLinks);
    expect(found.fate, found.reason).toBe('progressed');
    expect(found.draftSentence).toMatch(/^To that end, regulatory exchanges took place/);
    expect(found.draftMarker).toBe('took place');
  });
});

describe('fates on statements rewritten by a program, where the truth is known', () => {
  const statementIds = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1', 'partnership-2022'];
  const sourceOf = (id: string) => readFileSync(new URL(`${id}.md`, corpusDir), 'utf8');
  const fatesOf = (priorSource: string, draftSource: string) => {
    const prior = { blocks: statementBlocks(parseDocument(priorSource)) };
    const draft = { blocks: statementBlocks(parseDocument(draftSource)) };
    return trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
  };

  it.each(statementIds)('%s against itself: every commitment is restated', (id) => {
    const fates = fatesOf(sourceOf(id), sourceOf(id));
    expect(fates.filter((f) => f.fate !== 'restated').map((f) => `${f.reason}: ${f.sentence.slice(0, 60)}`)).toEqual([]);
  });

  /**
   * Each rewrite changes the governing marker of every commitment it applies
   * to, in place, and nothing else: the rewritten commitment must take the
   * fate the rewrite means, every other one stays restated.
   */
  const rewrites: Array<{ rewrite: string; fate: CommitmentFate['fate']; marker: RegExp; to: string; notAfter?: RegExp }> = [
    // Not after a reporting verb: "Both sides confirmed that ... the Digital Partnership would increasingly move" reports "will" (reportedSpeech.test.ts).
    { rewrite: "'will' to 'would'", fate: 'weakened', marker: /^will (?!be\b|continue\b)(\w+)$/, to: 'would $1', notAfter: /\b(?:confirmed|agreed|stated|noted)\s+that\b[^.;]*$/u },
    { rewrite: "'will' to 'intend to'", fate: 'restated', marker: /^will (?!be\b)(\w+)$/, to: 'intend to $1' },
    { rewrite: "'committed to' to 'would consider'", fate: 'weakened', marker: /^(?:are )?committed to (\w+ing)$/, to: 'would consider $1' },
    { rewrite: "'envisage to' to 'will'", fate: 'strengthened', marker: /^envisage to (\w+)$/, to: 'will $1' },
    { rewrite: "'would consider' to 'will consider'", fate: 'strengthened', marker: /^would consider$/, to: 'will consider' },
  ];
  it.each(rewrites)('$rewrite gives $fate', ({ fate, marker, to, notAfter }) => {
    let rewritten = 0;
    for (const id of statementIds) {
      const source = sourceOf(id);
      const prior = statementBlocks(parseDocument(source));
      let draftSource = source;
      const changed = new Set<string>();
      for (const commitment of findCommitments(prior)) {
        if (!marker.test(commitment.marker)) continue;
        const raw = source.slice(commitment.start, commitment.end);
        const at = raw.indexOf(commitment.marker);
        if (at < 0 || notAfter?.test(raw.slice(0, at))) continue;
        draftSource = draftSource.replace(raw, raw.slice(0, at) + commitment.marker.replace(marker, to) + raw.slice(at + commitment.marker.length));
        changed.add(commitment.sentence);
      }
      rewritten += changed.size;
      const fates = fatesOf(source, draftSource);
      const wrong = fates.filter((f) => f.fate !== (changed.has(f.sentence) ? fate : 'restated'));
      expect(wrong.map((f) => `${id}: ${f.reason}: ${f.sentence.slice(0, 70)}`)).toEqual([]);
    }
    expect(rewritten).toBeGreaterThan(0);
  });
});

describe('a topic label names the topic of every clause of its sentence (draft 2027ar)', () => {
  const prior =
    '- **Future Networks:** Both sides recognised the importance of the joint research project and confirmed that further collaborative research on future communication networks including 6G is to be considered in the future, taking into account the progress of the project.';
  const fateIn = (draft: string) => Object.values(firstFate(prior, draft));

  it('does not draw the commitment to the first clause: the clause that decides a follow-up call strengthens it', () => {
    const clauses =
      'Both sides welcomed the outcomes of the joint research project "NEXT-6G", which advanced the alignment of 6G standardisation, and decided to launch a follow-up joint call on future communication networks, including 6G, in 2028.';
    expect(fateIn(`- **Future Networks and Standards:** ${clauses}`)).toEqual(['strengthened', 'decided to launch']);
    expect(fateIn(`- ${clauses}`)).toEqual(['strengthened', 'decided to launch']);
  });
});

/**
 * A sentence the alignment links to the commitment's is read as it stands, whatever words it shares (as in "a draft sentence the alignment links ...": the 2024 -> 2025
 * labels read "regulatory exchanges took place" as progress of "explore establishing a regular information sharing channel").
 */
describe('a report on the frame of a commitment, not on what it commits to', () => {
  const prior = '- **Supply Chains:** To strengthen the resilience of semiconductor supply chains, both sides will map critical dependencies in legacy chips.';
  const fateIn = (draft: string) => Object.values(firstFate(prior, draft));

  it('does not progress it: a workshop held in support of the supply chains leaves the mapping unsaid', () => {
    expect(fateIn('- **Supply Chains:** In support of resilient semiconductor supply chains, a first expert workshop with industry associations of both sides took place in Tokyo in March 2027.')[0]).toBe('dropped');
  });

  it('while a report of the mapping itself does', () => {
    expect(fateIn('- **Supply Chains:** To strengthen the resilience of semiconductor supply chains, both sides completed the mapping of critical dependencies in legacy chips.')).toEqual(['progressed', 'completed']);
  });
});

describe('an action on a light noun is read with what the noun is about', () => {
  const prior = '- **Trust Services:** To facilitate trade, both sides committed to advancing cooperation on potential mutual recognition of electronic signatures.';
  const fateIn = (draft: string) => Object.values(firstFate(prior, draft));

  it('weakens "advancing cooperation on mutual recognition" put under exploration as "the feasibility of mutual recognition"', () => {
    expect(fateIn('- **Trust Services:** To facilitate trade, both sides will explore the feasibility of mutual recognition of electronic signatures.')).toEqual(['weakened', 'will explore']);
  });

  it('keeps it restated when the draft commits to it again', () => {
    expect(fateIn('- **Trust Services:** To facilitate trade, both sides will advance their cooperation on mutual recognition of electronic signatures.')[0]).toBe('restated');
  });
});

describe('an action put under consideration is weakened, read over the words that open what is considered (drafts 2027bb, 2027bc)', () => {
  it('"intend to explore whether this cooperation could be extended" weakens the intention to extend it', () => {
    const prior = '- **Connectivity:** Both sides expressed their intention to extend this fruitful cooperation to third countries, including ASEAN.';
    expect(Object.values(firstFate(prior, '- **Connectivity:** Both sides intend to explore whether this cooperation could be extended to third countries, including ASEAN.'))).toEqual(['weakened', 'intend to explore']);
    expect(firstFate(prior, '- **Connectivity:** Both sides intend to extend this fruitful cooperation to third countries, including ASEAN.').fate).toBe('restated');
  });

  it('talks are read by what they are about, as discussions are: considering whether the adequacy decision could be extended weakens intensifying the talks on extending it', () => {
    const prior = '- **Data Protection:** They also confirmed their intention to intensify the talks regarding the extension of the adequacy decision to the public sector.';
    expect(Object.values(firstFate(prior, '- **Data Protection:** As regards the public sector, both sides will consider whether and how the adequacy decision could be extended to it.'))).toEqual(['weakened', 'will consider']);
    expect(firstFate(prior, '- **Data Protection:** They will intensify their talks on extending the adequacy decision to the public sector.').fate).toBe('restated');
  });
});

describe('"look into" and "look at" look into something, as "explore" does (drafts 2027ba, 2027af)', () => {
  const prior = '- **Quantum Networks:** Both sides will enhance their collaboration on the standardisation of quantum communication networks.';
  const fateIn = (draft: string) => Object.values(firstFate(prior, draft));

  it('weakens a commitment to act put under looking into', () => {
    expect(fateIn('- **Quantum Networks:** Both sides will also look into possibilities for collaboration on the standardisation of quantum communication networks.')).toEqual(['weakened', 'will also look']);
    expect(fateIn('- **Quantum Networks:** Both sides will look at whether their collaboration on the standardisation of quantum communication networks can be enhanced.')[0]).toBe('weakened');
  });

  it('keeps it restated when they look for partners to do it', () => {
    expect(fateIn('- **Quantum Networks:** Both sides will also look for industry partners in their collaboration on the standardisation of quantum communication networks.')[0]).toBe('restated');
  });
});

/**
 * A draft that merges two commitments of a paragraph into one sentence restates both, though the search gives that sentence to
 * the one it shares more words with (drafts 2027bb and 2027bc merged "committing to further advance ... trustworthy AI" into the
 * Hiroshima AI Process sentence and kept the AI Summit report beside it).
 */
describe('a sentence that merges two commitments restates both', () => {
  const fatesOf = everyFate;

  it('so a report of something else beside it does not progress the one the search gave away', () => {
    const prior =
      '- **Global Governance:** They reaffirmed their leadership, committing to advance trustworthy AI. In this context, both sides will encourage more governments and private sector partners, including from the Global South, to support the principles of the Hiroshima AI Process and to join its Friends Group.';
    const draft =
      '- **Global Governance:** They reaffirmed their leadership, committing to advance trustworthy AI, and will encourage more governments and private sector partners, including from the Global South, to support the principles of the Hiroshima AI Process and to join its Friends Group. Both sides welcomed their cooperation in preparing the AI Summit hosted by Japan.';
    expect(fatesOf(prior, draft)).toEqual([
      ['restated', 'committing to advance'],
      ['restated', 'will encourage'],
    ]);
  });

  it('while a report of the commitment itself still progresses it', () => {
    const prior =
      '- **Quantum:** Both sides committed to promoting exchanges of young researchers. Both sides will deepen their cooperation on quantum communication infrastructure, including testbeds, satellites and the standardisation of quantum key distribution.';
    const draft =
      '- **Quantum:** Both sides will deepen their cooperation on quantum communication infrastructure, including testbeds, satellites and the standardisation of quantum key distribution, and will promote exchanges of young researchers. Both sides welcomed the first exchange of young researchers, hosted in Kyoto in 2027.';
    expect(fatesOf(prior, draft)).toEqual([
      ['progressed', 'welcomed'],
      ['restated', 'will deepen'],
    ]);
  });
});

/**
 * Of two commitments of a paragraph, the search gives a sentence to the one whose sentence is shorter when they share its
 * words; a sentence holding none of that one's own words but some of the other's speaks of the other (drafts 2027l, 2027m,
 * 2027aq, 2027bq: the follow-up research call read as the standardisation commitment restated).
 */
describe("a sentence is the commitment's whose own words it holds", () => {
  const prior =
    '- **Advanced Materials:** Both sides recognised the importance of the joint pilot on recycled battery materials carried out by their research institutes since 2025 and confirmed that further collaborative research on sustainable battery materials including solid-state cells is to be considered in the future, taking into account the results of the pilot. Both sides will enhance their collaboration on the international standardisation of sustainable battery materials including solid-state cells.';
  const fatesOf = (draftText: string) => everyFate(prior, draftText);

  it('so the research call strengthens the research, and the standardisation is weakened where the draft only considers it', () => {
    expect(
      fatesOf(
        '- **Advanced Materials:** Building on the results of the pilot, both sides will open a joint call on sustainable battery materials including solid-state cells in 2028. They may also consider coordinating their contributions to the international standardisation of battery materials.',
      ),
    ).toEqual([
      ['strengthened', 'will open'],
      ['weakened', 'may also consider'],
    ]);
  });

  it('while a standardisation commitment said again beside the call stays restated', () => {
    expect(
      fatesOf(
        '- **Advanced Materials:** Building on the results of the pilot, both sides will open a joint call on sustainable battery materials including solid-state cells in 2028. Both sides will further enhance their collaboration on the international standardisation of these materials.',
      ),
    ).toEqual([
      ['strengthened', 'will open'],
      ['restated', 'will further enhance'],
    ]);
  });
});

describe('effort carried on is continued (draft 2027bd)', () => {
  const prior = '- **Digital Identity:** Both sides continued the implementation of the Memorandum of Cooperation (MoC) on Digital Identities and Trust Services.';

  it('restates the implementation continued, in the phrasal verb, with or without "with"', () => {
    expect(Object.values(firstFate(prior, '- **Digital Identity:** Both sides carried on implementing the Memorandum of Cooperation (MoC) on Digital Identities and Trust Services.'))).toEqual(['restated', 'carried on implementing']);
    expect(firstFate(prior, '- **Digital Identity:** Both sides kept on with the implementation of the Memorandum of Cooperation (MoC) on Digital Identities and Trust Services.').fate).toBe('restated');
  });

  it('restates effort continued when the draft says it was pursued, maintained or sustained (draft 2027bq)', () => {
    const talks = '- **Cryptography:** Both sides have continued the discussions on a common approach to quantum-safe cryptography.';
    expect(firstFate(talks, '- **Cryptography:** Both sides pursued their discussions on a common approach to quantum-safe cryptography.').fate).toBe('restated');
    expect(firstFate(talks, '- **Cryptography:** Both sides maintained the discussions on a common approach to quantum-safe cryptography.').fate).toBe('restated');
  });

  it('restates effort continued by a clause that reports it continued, before a report of meetings held beside it in the sentence (draft 2027bw)', () => {
    const cloud = "- **Cloud:** Both sides continued their cooperation to promote secure and trusted cloud services by holding regular technical exchanges on the EU Cybersecurity Certification Scheme for Cloud Services and Japan's ISMAP.";
    expect(
      Object.values(
        firstFate(cloud, "- **Cloud:** Both sides have continued to work together, through exchanges, held regularly, on the EU Cybersecurity Certification Scheme for Cloud Services and Japan's ISMAP, for secure and trusted cloud services."),
      ),
    ).toEqual(['restated', 'continued to']);
  });

  it('while what was carried out is reported done', () => {
    expect(firstFate(prior, '- **Digital Identity:** Both sides carried out the pilot foreseen by the Memorandum of Cooperation (MoC) on Digital Identities and Trust Services.').fate).toBe('progressed');
  });
});

/**
 * A commitment to a further undertaking builds on one done: the results of that one do not move it forward (13 drafts, the 6G
 * research commitment after "welcomed the final results of the joint research project").
 */
/**
 * A draft sentence that continues a report beside the commitment may also carry the commitment in a clause of its own (drafts
 * 2027bd, 2027br: "welcomed the third meeting of the Joint Working Group ..., and agreed that the Working Group will pursue its
 * work"), though the report's clause holds as much of the commitment's words.
 */
describe('a clause that commits, in a sentence that continues the report beside the commitment, restates it', () => {
  const prior =
    '- **Digital Skills:** Both sides welcomed the meetings of the Joint Working Group on Digital Skills where curricula for data science and the training of teachers were discussed. Both sides concurred on continuing the work of the Working Group.';

  it('restated when the sentence goes on to commit', () => {
    expect(
      Object.values(
        firstFate(
          prior,
          '- **Digital Skills:** Both sides welcomed the second meeting of the Joint Working Group on Digital Skills, held in Osaka in March 2027, where curricula for data science and the training of teachers were discussed, and agreed that the Working Group will pursue its work.',
        ),
      ),
    ).toEqual(['restated', 'will pursue']);
  });

  it('dropped when it only reports the meeting again', () => {
    expect(firstFate(prior, '- **Digital Skills:** Both sides welcomed the second meeting of the Joint Working Group on Digital Skills, held in Osaka in March 2027, where curricula for data science and the training of teachers were discussed.').fate).toBe('dropped');
  });
});

/**
 * A report that holds only a commitment's illustration ("including the effective use of the Early Warning Mechanism"), not its
 * action and object, does not outweigh a closer sentence that restates the action (drafts 2027t, 2027bl, 2027br: the mechanism
 * made more practical is the next commitment's progress; the information exchange is restated).
 */
describe("a report of the commitment's illustration does not outweigh a closer restatement of its action", () => {
  const prior =
    '- **Export Controls:** Both sides confirmed the implementation of the MoC on export controls. They committed to continuing the information exchange on export control compliance, including the effective use of the joint alert system to anticipate and mitigate disruptions caused by sanctions evasion or diversion. In this context, with the considering of the possible broad effect on various sectors, both sides decided to make the joint alert system more practical to enable timely coordinated responses across their licensing authorities by extending the scope of the Administrative Arrangement signed in 2024.';
  const fatesOf = (draftText: string) => everyFate(prior, draftText);

  it('so the exchange is restated and the alert system progressed', () => {
    expect(
      fatesOf(
        '- **Export Controls:** Both sides confirmed the implementation of the MoC on export controls and committed to continuing the information exchange on export control compliance, including the effective use of the joint alert system. The joint alert system has been made more practical, so that disruptions caused by sanctions evasion or diversion can be anticipated and mitigated in time.',
      ),
    ).toEqual([
      ['restated', 'committed to continuing'],
      ['progressed', 'has been made'],
    ]);
  });
});

describe('a further undertaking is not progressed by the results of the one it builds on', () => {
  const prior =
    '- **AI in Health:** Both sides recognised the value of the joint pilot on AI in radiology and confirmed that further joint studies on AI in medical imaging are to be considered in the future, taking into account the results of the pilot.';

  it('so the results alone leave it dropped, and a new study decided beside them strengthens it', () => {
    expect(firstFate(prior, '- **AI in Health:** Both sides welcomed the final results of the joint pilot on AI in radiology.').fate).toBe('dropped');
    expect(Object.values(firstFate(prior, '- **AI in Health:** Both sides welcomed the final results of the joint pilot on AI in radiology and will launch joint studies on AI in medical imaging.'))).toEqual(['strengthened', 'will launch']);
  });

  it('while a new study reported launched progresses it', () => {
    expect(Object.values(firstFate(prior, '- **AI in Health:** Both sides launched a follow-up joint study on AI in medical imaging, building on the results of the pilot.'))).toEqual(['progressed', 'launched']);
  });
});

describe('an action put under consideration in an indirect question is weakened (drafts 2027x, 2027bp)', () => {
  const prior = '- **Medical Software:** Both sides committed to advancing cooperation on the mutual recognition of conformity assessments for medical software.';

  it('when the question holds the action, however far after its subject', () => {
    expect(firstFate(prior, '- **Medical Software:** Both sides will consider whether the procedures their notified bodies apply to medical software could be mutually recognised.').fate).toBe('weakened');
    expect(firstFate(prior, '- **Medical Software:** Both sides will explore how the procedures their notified bodies apply to medical software could be mutually recognised.').fate).toBe('weakened');
  });

  it('past a parenthesis, with the action named as a noun (draft 2027bf)', () => {
    expect(firstFate(prior, '- **Medical Software:** Both sides would consider, in the interest of patients, how work towards mutual recognition of the procedures their notified bodies apply could be taken forward.').fate).toBe('weakened');
  });

  it('but not when the question asks about something else', () => {
    expect(firstFate(prior, '- **Medical Software:** Both sides will advance cooperation on the mutual recognition of conformity assessments for medical software and will consider whether to hold a joint workshop.').fate).toBe('restated');
  });
});

describe('an intention to explore, become an action that does the thing, is strengthened (drafts 2027bf, 2027bg)', () => {
  const quantum = '- **Quantum:** In addition, both sides confirmed their intention to explore quantum industry cooperation.';
  const connectivity = '- **Connectivity:** Both sides reconfirmed their intention to explore synergies in supporting secure and resilient connectivity in third countries.';

  it('whatever the verb that does it', () => {
    expect(Object.values(firstFate(quantum, '- **Quantum:** Both sides will hold a first EU-Japan quantum industry round table on quantum industry cooperation in the autumn.'))).toEqual(['strengthened', 'will hold']);
    expect(firstFate(connectivity, '- **Connectivity:** Both sides decided to jointly finance a feasibility study on secure and resilient connectivity in third countries.').fate).toBe('strengthened');
  });

  it('read past an adverb that ends the marker ("decided to jointly support")', () => {
    expect(firstFate(connectivity, '- **Connectivity:** Both sides decided to jointly support secure and resilient connectivity in third countries.').fate).toBe('strengthened');
  });

  it('while one that keeps it open, or still explores it, restates it', () => {
    expect(firstFate(connectivity, '- **Connectivity:** Both sides will continue to look for synergies in supporting secure and resilient connectivity in third countries.').fate).toBe('restated');
    expect(firstFate(quantum, '- **Quantum:** Both sides will continue to explore quantum industry cooperation.').fate).toBe('restated');
    expect(firstFate(quantum, '- **Quantum:** Both sides will discuss quantum industry cooperation with their industries.').fate).toBe('restated');
  });
});

describe('a restatement is read where it speaks of what the commitment commits to (draft 2027bi)', () => {
  const prior =
    '- **Semiconductors:** Furthermore, they confirmed the intention to address challenges posed by non-market policies and encouraged further exploration of collaborative research opportunities in next-generation semiconductor technologies, including through the EU Jasmine support project.';

  it('not in the sentence that keeps only the rest of its sentence, however closer in words', () => {
    const draft =
      '- **Semiconductors:** Both sides encouraged further exploration of collaborative research opportunities in next-generation semiconductor technologies, including through the EU Jasmine support project. In this context, they confirmed their intention to address challenges posed by non-market policies.';
    expect(Object.values(firstFate(prior, draft))).toEqual(['restated', 'intention to address']);
  });
});
