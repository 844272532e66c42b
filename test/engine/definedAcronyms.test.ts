import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definedAcronyms } from '../../engine/definedAcronyms';
import { corpusDir } from '../support/gold';

const spelled = (text: string) => Object.fromEntries([...definedAcronyms(text)].map(([acronym, words]) => [acronym, words.join(' ')]));

describe('the acronyms each document of the corpus defines', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['statement-2024', { iot: 'internet of things', ran: 'radio access networks' }],
    [
      'statement-2025',
      {
        eu: 'european union',
        ai: 'artificial intelligence',
        mic: 'ministry of internal affairs and communications',
        jftc: 'japan fair trade commission',
      },
    ],
    [
      'council-note-8288-1-26-rev1',
      {
        eu: 'european union',
        dfft: 'data free flow with trust',
        ai: 'artificial intelligence',
        moc: 'memorandum of cooperation',
        loi: 'letter of intent',
        sbom: 'software bill of materials',
        jisc: 'japanese industrial standards committee',
        etsi: 'european telecommunications standards institute',
        ttc: 'telecommunication technology committee',
        dsa: 'digital services act',
        mic: 'ministry of internal affairs and communications',
        jftc: 'japan fair trade commission',
      },
    ],
    [
      'partnership-2022',
      {
        dfft: 'data free flow with trust',
        spa: 'strategic partnership agreement',
        epa: 'economic partnership agreement',
        cpsf: 'cyber physical security framework',
        ai: 'artificial intelligence',
        smes: 'small and medium sized enterprises',
        sns: 'smart network and services',
        hpc: 'high performance computing',
        isacs: 'information sharing and analysis centres',
        gpai: 'global partnership on artificial intelligence',
        brt: 'business round table',
        jbce: 'japan business council in europe',
        'r&i': 'research and innovation',
        dcc: 'digital covid certificates',
        icao: 'international civil aviation organization',
        shc: 'smart health card',
      },
    ],
    ['slides-2025-10-15', { mic: 'ministry of internal affairs and communications', ec: 'european commission', ai: 'artificial intelligence' }],
  ];
  it.each(cases)('%s', (id, expected) => {
    expect(spelled(readFileSync(new URL(`${id}.md`, corpusDir), 'utf8'))).toEqual(expected);
  });
  // Not read, because their letters are not the initials of what precedes
  // them: "European Committee for Electrotechnical Standardisation
  // (CENELEC)", "International Association for Trusted Blockchain
  // Applications (INATBA)", "European Business Council in Japan (EBC)",
  // "Ministry of Economy, Trade and Industry (METI)" (a comma inside), "(DG
  // CONNECT)". A missed acronym costs a link some evidence; a wrong one
  // would tie unrelated words together.
});

describe('a drafter defines an acronym in a sentence', () => {
  const defined: Array<[string, string, Record<string, string>]> = [
    ['the long form, then the acronym', 'Both sides reaffirmed Data Free Flow with Trust (DFFT).', { dfft: 'data free flow with trust' }],
    ['the acronym, then the long form', 'They advanced DFFT (Data Free Flow with Trust) at the OECD.', { dfft: 'data free flow with trust' }],
    ['a function word spelled by its initial', 'under the Memorandum of Cooperation (MoC) on semiconductors', { moc: 'memorandum of cooperation' }],
    ['a name after a hyphenated qualifier', 'at the EU-Japan Digital Partnership Council (DPC) in Tokyo', { dpc: 'digital partnership council' }],
    ['a plain three-letter acronym', 'access to High Performance Computing (HPC) infrastructures', { hpc: 'high performance computing' }],
    ['a plural acronym', 'support for Small- and Medium-sized Enterprises (SMEs) in both regions', { smes: 'small and medium sized enterprises' }],
    ['an ampersand standing for "and"', 'in research and innovation (R&I) programmes', { 'r&i': 'research and innovation' }],
    ['a long form in bold Markdown', '- **Artificial Intelligence (AI):** both sides', { ai: 'artificial intelligence' }],
    // The acronym sits inside a name ("the AI Act"), but it does stand for those words.
    ['an acronym inside a longer name', 'the Artificial Intelligence (AI) Act entered into force', { ai: 'artificial intelligence' }],
    [
      'the first definition of an acronym wins',
      'Digital Partnership Council (DPC) ... Data Protection Commission (DPC)',
      { dpc: 'digital partnership council' },
    ],
  ];
  it.each(defined)('%s', (_story, text, expected) => {
    expect(spelled(text)).toEqual(expected);
  });

  const refused: Array<[string, string]> = [
    ['a year', 'the Data Act (2025) applies'],
    ['a defined phrase', 'The EU and Japan (hereinafter referred to as “both sides”) met'],
    ['an acronym with no long form before it', 'the proposed (AI) Act'],
    ['a place and a date', 'the fourth Council (Brussels, 5 May 2026)'],
    ['a role in a list of partners', 'The University of Tokyo (Lead)'],
    ['a numbered point', 'three objectives: (i) competitiveness'],
    ['a quoted name', 'the Japan-EU Digital Partnership Council (“Japan-EU Digital Partnership Council”)'],
    ['letters that are not the initials', 'the European Committee for Electrotechnical Standardisation (CENELEC)'],
    ['a long form that would cross a comma', 'the Ministry of Economy, Trade and Industry (METI)'],
    ['an explanation in parentheses', 'quantum computing (mainly superconducting) systems'],
    ['a single capital', 'Vice-President (Tech)'],
    ['words after an acronym that do not spell it', 'the EU (both sides) agreed'],
    ['a remark after an acronym', 'progress on DFFT (see below)'],
  ];
  it.each(refused)('%s is not a definition', (_story, text) => {
    expect(spelled(text)).toEqual({});
  });
});
