import { describe, expect, it } from 'vitest';
import { findCommitments, findMarker, parseDocument } from '../../engine/index';
import { findMarkers, findRestatementMarkers } from '../../engine/findCommitments';
import { readClauses, readDraftClauses } from '../../engine/readClauses';
import { clauseKinds, clauseKindsAndFirmness } from '../support/clauseKinds';

/** Each clause of a sentence: its kind and the phrase that decided it. */
const kinds = clauseKinds;

const commitmentOf = (sentence: string) => findCommitments(parseDocument(sentence).blocks)[0] ?? null;

describe('a commitment is the forward-looking verb phrase of both sides or of a body they set up', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['will', 'Both sides will continue cooperation on AI.', 'will continue cooperation', 'firm'],
    ['intend to', 'Both sides intend to deepen cooperation.', 'intend to deepen', 'firm'],
    ['envisage to explore', 'Both sides envisage to explore a team of experts.', 'envisage to explore', 'tentative'],
    ['committed to', 'Both sides are committed to exploring collaborative research.', 'are committed to exploring', 'firm'],
    ['would consider', 'Both sides would consider deepening cooperation.', 'would consider', 'tentative'],
    ['could, the parties its subject', 'Both sides could exchange best practices.', 'could exchange', 'tentative'],
    ['reports of continued effort', 'Both sides have continued the discussions on Arctic connectivity.', 'continued the', 'firm'],
    // The first EU–Korea Digital Partnership Council (2023): text the engine was not written on.
    ['expect to explore (EU–Korea 2023)', "Both sides expect to explore how to facilitate and enable researchers' access to respective HPC infrastructures.", 'expect to explore', 'tentative'],
    ['stand ready to', 'Both sides stand ready to support the Global Partnership on AI.', 'stand ready to support', 'firm'],
    ['are to, said of a body they set up', 'The working group is to report to the Digital Partnership Council.', 'is to report', 'firm'],
    ['commit to, in the present', 'The EU and Japan commit to promote secure connectivity.', 'commit to promote', 'firm'],
    ['a meeting of theirs announced (2025)', 'Both sides welcomed the fact that the next edition of the Cyber Dialogue would be held in Brussels.', 'would be held', 'tentative'],
    ['a need they voice (2025)', 'Aiming to make outcomes concrete, both sides affirmed the need for more technical work including pilot projects.', 'the need for more', 'firm'],
    ['the need for both sides to (2025)', 'Both sides recognised the importance of the first submarine cables and the need for both sides to elevate this work to a priority.', 'the need for both sides to elevate', 'firm'],
    ['a participle of their sentence (2026)', 'They also reaffirmed their leadership in global AI governance, committing to further advance trustworthy AI in global initiatives.', 'committing to further advance', 'firm'],
    ['confirmed to, of their own action (2026)', 'To that end, regulatory exchanges took place and both sides confirmed to further deepen this cooperation.', 'confirmed to further deepen', 'firm'],
    // Draft 2027v's chair's-summary voice and draft 2027s's: the parties named otherwise.
    ['may, of "the sides" (draft 2027v)', 'The sides may consider an exchange of best practices on AI adoption.', 'may consider', 'tentative'],
    ['will, of "the Participants" (draft 2027s)', 'The Participants will continue their exchanges on data spaces.', 'will continue their', 'firm'],
    // Draft 2027f, a press release: "will" reported in the past is "would", as firm as it was said; a wish's "would" is not.
    ['would, in reported speech (draft 2027f)', 'The co-chairs agreed that the two sides would continue to discuss joint research initiatives.', 'would continue to discuss', 'firm'],
    ['would consider, in reported speech, is read as "will consider" is', 'The co-chairs said the two sides would consider a joint call on 6G.', 'would consider', commitmentOf('Both sides will consider a joint call on 6G.')!.firmness],
    ['are set to (draft 2027f)', 'Both sides are set to advance cooperation on mutual recognition of cybersecurity schemes.', 'are set to advance', 'firm'],
    ['is set to, of their body\'s work (draft 2027f)', 'Its work is set to enhance interoperability between the data policy frameworks.', 'is set to enhance', 'firm'],
    ['are now set to (draft 2027i)', 'Both sides are now set to launch a joint call on 6G.', 'are now set to launch', 'firm'],
    ['aim, a parenthesis, to (draft 2027e)', 'The EU and Japan AIM, by sharing best practices and aligning their regulatory approaches, to protect and empower users.', 'AIM, by sharing best practices and aligning their regulatory approaches, to protect', 'firm'],
    ['aim, a parenthesis holding a list of its own, to (draft 2027bp)', 'Both sides aim, by comparing how legal, technical and procedural requirements can be met, to simplify the certification of cloud services.', 'aim, by comparing how legal, technical and procedural requirements can be met, to simplify', 'firm'],
    ['committed again to (draft 2027bp)', 'Both sides, as close partners, committed again to sharing their experience of digital skills programmes.', 'committed again to sharing', 'firm'],
    ['committed once more to', 'They committed once more to opening their research programmes to each other.', 'committed once more to opening', 'firm'],
    ['would, a wish, not reported', 'Both sides would welcome a joint call on 6G.', 'would welcome', 'tentative'],
    ['encouraged, coordinated with their verb (2026)', 'Furthermore, they confirmed the intention to address challenges and encouraged further exploration of research.', 'intention to address', 'firm'],
  ];
  it.each(cases)('%s', (_, sentence, marker, firmness) => {
    const found = commitmentOf(sentence);
    expect(found?.marker ?? null).toBe(marker);
    expect(found?.firmness ?? null).toBe(firmness);
  });
});

describe('what is not a commitment', () => {
  const cases: Array<[string, string]> = [
    ['set to be, a state foreseen', 'The market for edge computing is set to be worth billions by 2030.'],
    ['bare possibility', 'This development could further boost research and regulatory cooperation.'],
    ['a passive possibility', 'A pilot project could be launched to assess the technical feasibility.'],
    ['a design described in a relative clause', 'The Expert Community, which will facilitate projects, was launched.'],
    ['ability, not intent', 'Together they can pave the way forward and team up with like-minded partners.'],
    ['a design described with a modal', 'The scoping document involved that the project would use wallet infrastructures.'],
    ['a report of achievement', 'Both sides reinforced the implementation of the Memorandum of Cooperation on submarine cables.'],
    ['the cover of a Council note', 'Delegations will find in the annex the revised Joint Statement.'],
    ['a priority stated', 'The priority is to boost competitiveness.'],
    ['a need named before the parties speak (2025)', 'In the context of geopolitical challenges, the importance of economic security, and the need to increase competitiveness, both sides reaffirmed the importance of the EU-Japan Digital Partnership.'],
    ['a need another subject shows (2022)', 'Both sides recognise that COVID-19 has demonstrated the need for DFFT and its role in the global recovery.'],
    ['a fact confirmed, not an action', 'Both sides confirmed that the pilot proved to be a success.'],
    ['confirmed to be, a description', 'The pilot was confirmed to be a success by both sides.'],
    ['a statement of interest (2025)', 'On semiconductors, both sides confirmed their interest in collaborative research on finding safe alternatives.'],
  ];
  it.each(cases)('%s', (_, sentence) => {
    expect(commitmentOf(sentence)).toBeNull();
  });
});

describe('the clauses of a sentence, as a fate reads them', () => {
  it('a report and a commitment in one sentence are two clauses, each read for what it does', () => {
    const clauses = readClauses(
      'Both sides welcomed the significant progress of the Institutional Arrangement for Partnership at the OECD and committed to further deepening cooperation in multilateral fora.',
    );
    expect(clauses.map((clause) => [clause.kind, clause.phrase])).toEqual([
      ['progress', 'welcomed'],
      ['commitment', 'committed to further'],
    ]);
    expect(clauses[1].text).toContain('multilateral fora');
  });

  it('a marker inside a relative clause describes its noun and opens no clause', () => {
    const clauses = readClauses('Both sides have continued the discussions on the Arctic connectivity projects that are in the process of working towards establishing secure connectivity.');
    expect(clauses.map((clause) => clause.kind)).toEqual(['continued']);
  });

  it('a sentence that neither commits nor reports is one statement', () => {
    expect(readClauses('Secure critical infrastructure is essential for cross-border digital transactions.').map((c) => c.kind)).toEqual(['statement']);
  });
});

describe('a draft restates a commitment in words that are no commitment of the parties', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['the passive future', 'Cooperation on the interoperability of data spaces will be further enhanced.', 'will be further enhanced', false],
    ['a relative clause', 'Industry associations remain central to a partnership that will increasingly focus on concrete deliverables.', 'will increasingly', false],
    ['a parenthesis after the modal', 'The EU and Japan will, as trusted partners, keep leveraging their strengths.', 'will, as trusted partners, keep', false],
    ['a noun', 'Operationalising DFFT remains a shared commitment of the EU and Japan.', 'remains a shared commitment', false],
    ['effort continued, whoever made it', 'Regular technical exchanges on digital markets have continued.', 'have continued', true],
    ['effort continued, intransitive', 'Discussions on Arctic connectivity projects continued, and the two sides met twice.', 'continued', true],
    ['effort continued, in the passive', 'The MoC on Semiconductors continues to be implemented.', 'continues to be implemented', true],
    ['under way, in other words (draft 2027bp)', 'Two jointly funded pilot projects, on e-invoicing and on digital product passports, are now running.', 'are now running', true],
    ['under way, spelt as one word', 'The exchange of young researchers is now underway.', 'is now underway', true],
    ['cooperation that goes on', 'Cooperation on the mutual recognition of cybersecurity schemes goes on.', 'goes on', true],
    ['a commitment as a noun', 'The commitment of both sides to evolving DFFT into a practical engine was reiterated.', 'commitment of both sides to evolving', false],
    ['an aim as a noun', 'Both sides confirmed their aim of implementing digital identities across sectors.', 'aim of implementing', false],
    ['a continuation', 'The continuation of the work of the Working Group was agreed.', 'continuation of', false],
    ['effort continued, in the passive past', 'The regular technical exchanges on digital markets were continued.', 'were continued', true],
    // Draft 2027w: services acting for the parties.
    ['effort continued by their services', 'The Digital Agency and DG CONNECT continued to implement the MoC on Digital Identities.', 'continued to implement', true],
    ['exchanges continued by their authorities', 'The JFTC, DG CONNECT and DG COMP continued their regular technical exchanges.', 'continued their regular', true],
    ['a possibility to look into, far from its subject', 'The two sides reaffirmed their cooperation on open network architectures, and may also consider coordinating their contributions.', 'may also consider', false],
    ['merit seen in exploring', 'The two sides see merit in exploring how an Arctic route might be supported.', 'see merit in exploring', false],
    ['a possibility to look into, in the passive', 'Support for a commercially viable Arctic route could be considered.', 'could be considered', false],
    ['an aim that remains', 'Their aim remains to protect and empower users.', 'aim remains to protect', false],
    ['an item of its own, its lead-in in the block before (draft 2027x)', '(a) continue the work of the Working Group on connectivity routes.', '(a) continue', false],
    // Round six (drafts 2027o and 2027z).
    ['effort in the present perfect continuous', 'Their administrations have been exchanging best practices on AI adoption.', 'have been exchanging', true],
    ['effort done steadily', 'The MoC on Semiconductors has been steadily implemented.', 'has been steadily implemented', true],
    ['openness kept', 'The two sides remain open to extending this cooperation to third countries.', 'remain open to extending', false],
    ['efforts named as a noun and affirmed', 'Continued efforts toward strengthening collaboration in quantum research were affirmed.', 'Continued efforts toward', false],
    ['consideration named as a noun and confirmed', 'Consideration of a follow-up research project was confirmed.', 'Consideration of', false],
    // Round seven (draft 2027m): a work programme's fragments.
    ['a planned step, its verb first', 'Next steps: Continue the information exchange on supply chain resilience.', 'Continue', false],
    ['effort continued among what was done', 'Achievements: Continued implementation of the MoC on Digital Identities.', 'Continued implementation', true],
    // Round nine (drafts 2027i and 2027j): idioms, and a resolution's clauses with the Council as understood subject.
    ['effort kept up', 'Both sides kept up the implementation of the MoC.', 'kept up', true],
    ['a commitment stood by', 'Both sides stood by their commitment to a safe online environment.', 'stood by their commitment', false],
    ['a door kept open', 'Both sides keep the door open to supporting the Arctic route.', 'keep the door open to supporting', false],
    ['an operative clause', 'Decides to launch a follow-up joint research project on future networks.', 'Decides to launch', false],
    ['a body requested to act', 'Requests the Working Group to pursue its work on interoperability.', 'Requests the Working Group to pursue', false],
    ['effort continued, welcomed', 'Welcomes the continued implementation of the MoC on submarine cables.', 'Welcomes the continued implementation', true],
  ];
  it.each(cases)('%s', (_, sentence, marker, report) => {
    // Not a commitment of a statement: the labels' definition asks for the parties or their body as subject.
    expect(findMarker(sentence)).toBeNull();
    expect(findRestatementMarkers(sentence).map((m) => [m.marker, m.report])).toEqual([[marker, report]]);
  });

  it('keeps the commitment marker where one stands, and reads nothing into a describing participle', () => {
    expect(findRestatementMarkers('Both sides have continued the discussions on the Arctic.').map((m) => m.marker)).toEqual(['continued the']);
    expect(findRestatementMarkers('More funding will be needed for the projects.')).toEqual([]);
    expect(findRestatementMarkers('Their continued cooperation is essential.')).toEqual([]);
    expect(findRestatementMarkers('Japan is running the G7 presidency this year.')).toEqual([]);
    // "Work towards" as a noun, the subject of what is considered (draft 2027bf), is no marker; as the parties' verb it is.
    expect(findRestatementMarkers('They would consider how work towards possible mutual recognition of their labels could be taken forward.').map((m) => m.marker)).toEqual(['would consider']);
    expect(findRestatementMarkers('Both sides will cooperate and work towards mutual recognition of their labels.').map((m) => m.marker)).toEqual(['will cooperate', 'work towards mutual']);
  });

  it("reads a resolution's operative clauses by their own words: encouraging or inviting to consider is tentative, calling upon is firm", () => {
    const read = (sentence: string) => findRestatementMarkers(sentence).map((m) => [m.marker, m.firmness]);
    expect(read('Encourages both sides to explore cooperation on large language models.')).toEqual([['Encourages both sides to explore', 'tentative']]);
    expect(read('Invites the Commission and the Digital Agency to consider extending that exchange.')).toEqual([['Invites the Commission and the Digital Agency to consider', 'tentative']]);
    expect(read('Calls upon both sides to continue exchanging information on AI governance.')).toEqual([['Calls upon both sides to continue', 'firm']]);
    expect(read('Welcomes the results of the joint project, decides to launch a follow-up project, and commits to enhancing collaboration on 6G.').map(([marker]) => marker)).toEqual([
      'decides to launch',
      'commits to enhancing',
    ]);
    // Not a clause of the Council's: a verb in the middle of a clause keeps its own subject.
    expect(read('The report requests attention to the security of cables.')).toEqual([]);
  });

  it('reads reports in idioms as reports', () => {
    expect(kinds('The joint support for pilot projects bore fruit, with three pilots since 2026.')).toEqual([['progress', 'bore fruit']]);
    expect(kinds('The Early Warning Mechanism is now up and running.')).toEqual([['progress', 'is now up and running']]);
    expect(kinds('The exchange on video games got under way in February 2027.')).toEqual([['progress', 'got under way']]);
  });

  it("reads progress acknowledged as a report, and what the parties regard as something as no commitment (draft 2027e's Council conclusions)", () => {
    expect(kinds('ACKNOWLEDGE the progress of the exchange of best practices on AI in the public sector, which both sides consider a useful means to improve public services.')).toEqual([
      ['progress', 'ACKNOWLEDGE the progress'],
    ]);
    expect(kinds('Both sides acknowledged the steady progress of the pilot.')).toEqual([['progress', 'acknowledged the steady progress']]);
    // Looking into something is still tentative.
    expect(commitmentOf('Both sides consider a joint call on 6G.')?.firmness).toBe('tentative');
  });

  it("reads each fragment of a work programme's item: a planned step by its verb, what was done as a report, a subject with its own verb as that", () => {
    expect(kinds('Next steps: Enhance interoperability between the data policy frameworks; to consider, by the next Council, how its findings could help businesses.')).toEqual([
      ['commitment', 'Enhance'],
      ['commitment', 'to consider'],
    ]);
    // Reports in a row are one report, as elsewhere.
    expect(kinds('Achievements: Signature of the Cooperation Arrangement on AI (November 2026); first joint workshop held in Kyoto.')).toEqual([['progress', 'Signature']]);
    expect(kinds('Achievements: Two regulatory workshops held in Tokyo; next steps: Hold a third workshop.')).toEqual([
      ['progress', 'Two'],
      ['commitment', 'Hold'],
    ]);
    expect(kinds('Next steps: Japan will host the AI Summit in early 2028.')).toEqual([['commitment', 'will host']]);
    // Only under such a label: a sentence that opens with a noun says nothing done (what is foreseen is envisaged, draft 2027ae).
    expect(kinds('Signature of the Cooperation Arrangement is foreseen for 2028.')).toEqual([['commitment', 'is foreseen']]);
    expect(kinds('Signature of the Cooperation Arrangement in 2028.')).toEqual([['statement', '']]);
  });

  it('opens a clause at the conjunction that joins a passive restatement, so that what it continues is in it', () => {
    const clauses = readDraftClauses('The MoC continues to be implemented, and the information exchange on supply chain resilience will be continued.');
    expect(clauses.map((c) => [c.kind, c.text])).toEqual([
      ['continued', 'The MoC continues to be implemented, and '],
      ['commitment', 'the information exchange on supply chain resilience will be continued.'],
    ]);
  });

  it("keeps what a report welcomes ('welcomed that ...') in the report's clause", () => {
    const clauses = readDraftClauses('They welcomed that further governments have joined its Friends Group, and the EU will support Japan in preparing the AI Summit.');
    expect(clauses.map((c) => [c.kind, c.text])).toEqual([
      ['progress', 'They welcomed that further governments have joined its Friends Group, and '],
      ['commitment', 'the EU will support Japan in preparing the AI Summit.'],
    ]);
  });

  it('reads the reports of a long folded sentence as a reader does', () => {
    // A report in the passive participle, and one that a result speaks of.
    expect(kinds('The scope of the Administrative Arrangement having been extended, both sides will share information in time.')).toEqual([
      ['progress', 'extended'],
      ['commitment', 'will share'],
    ]);
    expect(kinds('The exploration of quantum industry cooperation resulted in a first quantum industry roundtable.')).toEqual([['progress', 'resulted in']]);
    // What the parties had decided, in a relative clause, describes the exchange; what it did is the report.
    expect(kinds('The exchange of best practices, which both sides had decided to undertake at their previous meeting, began with a joint workshop.')).toEqual([['progress', 'began']]);
    // So does "that" after a noun phrase (draft 2027bd), not "that" after a verb of saying, nor a relative clause that is all the sentence says.
    expect(kinds('The EU-Japan Data Strategy Working Group that both sides decided to set up in 2026 held its first meeting in Tokyo, where it compared their data policies.')).toEqual([['progress', 'held']]);
    expect(kinds('Japan\'s association to Horizon Europe has entered into force, and I am pleased to say that we will continue to discuss joint research initiatives, including on AI.')).toEqual([
      ['progress', 'entered into force'],
      ['commitment', 'will continue to discuss'],
    ]);
    expect(kinds('Disinformation online is a topic that both sides decided to add to their platform dialogue.')).toEqual([['commitment', 'decided to add']]);
    // One that runs to the end of its part of the sentence says what that part commits to (draft 2027e); the operative
    // "WELCOME" before it, its subject understood, reports the meeting held (as the speaking points' "Welcome ..." do, 2027aj).
    expect(kinds('WELCOME the third meeting of the Joint Working Group, which WILL CONTINUE its work; TAKE NOTE of the continued discussions on Arctic connectivity.')).toEqual([
      ['progress', 'WELCOME'],
      ['commitment', 'WILL CONTINUE its'],
      ['continued', 'TAKE NOTE of the continued discussions'],
    ]);
    // A participle with its agent after a noun describes the noun.
    expect(kinds('Both sides will further deepen their exchanges; the regular technical exchanges, framed by the arrangement concluded by the JFTC with the Commission, were continued.').map(([kind]) => kind)).toEqual(['commitment', 'continued']);
    // A clause after a semicolon starts there, not at a relative "that" before it.
    expect(readDraftClauses('They are committed to advancing AI that is safe and trustworthy; they welcomed that further governments joined the Friends Group.').map((c) => c.text)).toEqual([
      'They are committed to advancing AI that is safe and trustworthy; ',
      'they welcomed that further governments joined the Friends Group.',
    ]);
  });

  it("reads 'held' as a meeting held, not as what is kept", () => {
    expect(readDraftClauses('Both sides welcomed the 8th EU-Japan Cyber Dialogue, held in March 2027.').map((c) => c.kind)).toEqual(['progress']);
    expect(readDraftClauses('The Working Group held its inaugural meeting in Tokyo.').map((c) => c.kind)).toEqual(['progress']);
    expect(readDraftClauses('Verifiable credentials held in digital identity wallets can cross borders.').map((c) => c.kind)).toEqual(['statement']);
  });

  it('reads each item of an enumeration under the parties\' lead-in as a restatement, as firm as the lead-in', () => {
    const read = (sentence: string) => findRestatementMarkers(sentence).map((m) => [m.marker, m.firmness]);
    expect(read('Both sides will: (a) leverage their strengths; (b) foster an open digital market.').filter(([marker]) => String(marker).startsWith('('))).toEqual([
      ['(a) leverage', 'firm'],
      ['(b) foster', 'firm'],
    ]);
    expect(read('Both sides would: (a) consider a joint call; (b) explore a second pilot.').filter(([marker]) => String(marker).startsWith('('))).toEqual([
      ['(a) consider', 'tentative'],
      ['(b) explore', 'tentative'],
    ]);
    // Items that name things, not actions, restate nothing; nor do items with no lead-in of the parties before them.
    expect(findRestatementMarkers('The priorities are: (a) the Data Act; (b) the AI Act.')).toEqual([]);
    expect(findRestatementMarkers('The Working Group looked at: (a) data intermediaries; (b) industrial data.')).toEqual([]);
  });

  it('reads a possibility to look into something as tentative, whoever its subject', () => {
    expect(findRestatementMarkers('MIC and DG CONNECT might study a joint call.').map((m) => m.firmness)).toEqual(['tentative']);
    expect(findRestatementMarkers('The two sides see merit in exploring a joint study.').map((m) => m.firmness)).toEqual(['tentative']);
  });

  it("reads 'continued' before a noun as its adjective, no effort continued", () => {
    expect(findRestatementMarkers('They thanked the Commission for their continued support to the Working Group.')).toEqual([]);
  });

  it('reads a condition the action waits for as no report', () => {
    const sentence = 'The sides may consider an exchange of best practices once the Digital Agency and DG DIGIT have completed their guidelines.';
    expect(readDraftClauses(sentence).map((c) => [c.kind, c.phrase])).toEqual([['commitment', 'may consider']]);
    expect(readDraftClauses('Both sides completed their guidelines and will exchange best practices.').map((c) => c.kind)).toEqual(['progress', 'commitment']);
  });

  it('reads a report in the passive as a report, and one in a relative clause beside a commitment as part of it', () => {
    expect(readDraftClauses('Their cooperation on data flows was extended to ASEAN partners.').map((c) => c.kind)).toEqual(['progress']);
    expect(readDraftClauses('They will keep working together in the OECD, where the Institutional Arrangement has started its first projects.').map((c) => c.kind)).toEqual(['commitment']);
  });
});

describe('reading a sentence is cheap enough for every keystroke', () => {
  it('reads a long statement sentence in well under a millisecond on average', () => {
    const base =
      'In order to foster fair and contestable digital markets in the field of digital markets regulation and competition on online platforms, both sides will further continue to deepen bilateral and multilateral cooperation by sharing challenges and experiences in policy development and implementation';
    const started = performance.now();
    for (let i = 0; i < 200; i++) findMarker(`${base} ${i}.`);
    const perSentence = (performance.now() - started) / 200;
    console.log(`findMarker: ${perSentence.toFixed(3)} ms per new sentence`);
    expect(perSentence).toBeLessThan(1);
  });
});

describe('a modal before its subject opens a condition, not an action (draft 2027ar)', () => {
  const kinds = clauseKindsAndFirmness;
  it('reads the commitment beside the condition, with its own firmness', () => {
    expect(kinds('Both sides would consider supporting an Arctic route that lowers latency, should it prove commercially viable, while recognising that public support could be needed.')).toEqual([
      ['commitment', 'would consider', 'tentative'],
    ]);
    expect(kinds('Should the evaluation of the pilot prove positive, both sides will extend it to the other regions.')).toEqual([['commitment', 'will extend', 'firm']]);
    // Draft 2027av: the subject opens with an article.
    expect(kinds('Both sides may consider supporting the Arctic route, should a commercially viable project emerge, as a way to reduce data latency.')).toEqual([
      ['commitment', 'may consider', 'tentative'],
    ]);
  });

  it('still reads a modal followed by its action', () => {
    expect(kinds('The project should therefore be extended, and both sides would support it.')[1]).toEqual(['commitment', 'would support', 'tentative']);
  });
});

describe('the parties using an occasion to act (draft 2027ax)', () => {
  it('is a commitment, where a design that uses something is not', () => {
    expect(findMarkers('Both sides will use this occasion to encourage more governments to join its Friends Group.').map((m) => [m.marker, m.firmness])).toEqual([['will use', 'firm']]);
    expect(findMarkers('The pilot would use wallet infrastructures of both sides.')).toEqual([]);
  });
});

describe('a paraphrased commitment restated (draft 2027ax)', () => {
  const markers = (sentence: string) => findMarkers(sentence).map((m) => [m.marker, m.firmness]);
  it('reads their resolve or determination to act, reiterated, as a commitment', () => {
    expect(markers('Both sides reiterated their resolve to put DFFT into practice.')).toEqual([['reiterated their resolve to put', 'firm']]);
    expect(markers('Both sides expressed their determination to conclude the talks.')).toEqual([['expressed their determination to conclude', 'firm']]);
  });

  it('reads "committed" with what they are committed under between it and its "to"', () => {
    expect(markers('They remain committed under the MoC to deploying verifiable credentials.')).toEqual([['remain committed under the MoC to deploying', 'firm']]);
    expect(markers('The project has committed funds to three pilots.')).toEqual([]);
  });
});
