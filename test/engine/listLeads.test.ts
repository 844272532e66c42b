import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, parseDocument, statementBlocks, trackCommitments } from '../../engine/index';
import { listLeadReadings } from '../../engine/listLeads';
import { corpusDir } from '../support/gold';

/** The readings of a Markdown text's bullets, by the bullet's first words. */
function readingsOf(markdown: string): Record<string, string> {
  const { blocks } = parseDocument(markdown);
  const readings = listLeadReadings(blocks);
  return Object.fromEntries([...readings].map(([index, reading]) => [blocks.find((block) => block.index === index)!.text.slice(0, 20), reading]));
}

describe('bullets that finish their lead-in’s sentence', () => {
  it('reads each fragment as the lead-in’s last sentence finished by it, the topic label first', () => {
    const readings = readingsOf(
      [
        'Both sides took stock of the work of the past year. Building on this, Japan and the EU will:',
        '',
        '- **Submarine Cables:** continue the implementation of the MoC on submarine cables;',
        '- to launch, by 2028, a follow-up joint research project on 6G.',
      ].join('\n'),
    );
    expect(readings).toEqual({
      'Submarine Cables: co': 'Submarine Cables: Building on this, Japan and the EU will continue the implementation of the MoC on submarine cables;',
      'to launch, by 2028, ': 'Building on this, Japan and the EU will launch, by 2028, a follow-up joint research project on 6G.',
    });
  });

  it('finishes each further action a bullet lists after a semicolon by the lead-in too, but not a noun phrase', () => {
    const readings = readingsOf(['Building on this, Japan and the EU will:', '', '- **Submarine Cables:** continue the MoC; diversify routes; and explore synergies in the Indo-Pacific; the Arctic route included.'].join('\n'));
    expect(Object.values(readings)).toEqual([
      'Submarine Cables: Building on this, Japan and the EU will continue the MoC; Building on this, Japan and the EU will diversify routes; Building on this, Japan and the EU will explore synergies in the Indo-Pacific; the Arctic route included.',
    ]);
  });

  it('closes a parenthesis the lead-in leaves open, and keeps "to" after a verb that takes it', () => {
    const readings = readingsOf(['Both sides may, as appropriate:', '', '- explore quantum industry cooperation.', '', 'The two sides decided:', '', '- to deepen their cooperation on data spaces.'].join('\n'));
    expect(Object.values(readings)).toEqual(['Both sides may, as appropriate, explore quantum industry cooperation.', 'The two sides decided to deepen their cooperation on data spaces.']);
  });

  it('leaves alone a bullet that is a sentence of its own, a list under a paragraph that leads into nothing, and a nested item’s label', () => {
    const readings = readingsOf(
      [
        'Both sides will:',
        '',
        '- **Multilateral cooperation:** both sides will cooperate with other partners.',
        '- Both sides welcomed the 8th EU-Japan Cyber Dialogue.',
        '',
        'Both sides reaffirmed their partnership.',
        '',
        '- to continue their cooperation on semiconductors.',
      ].join('\n'),
    );
    expect(readings).toEqual({});
  });

  it('reads nothing in the statements of the corpus, none of which writes its commitments so', () => {
    for (const id of ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1']) {
      expect(listLeadReadings(statementBlocks(parseDocument(readFileSync(new URL(`${id}.md`, corpusDir), 'utf8')))).size).toBe(0);
    }
  });
});

describe('the fates of commitments a communiqué carries in lead-ins and bullets', () => {
  const prior = parseDocument(readFileSync(new URL('council-note-8288-1-26-rev1.md', corpusDir), 'utf8'));
  const draft = parseDocument(
    [
      '## III. Secure Digital Infrastructure and Economic Security',
      '',
      'A secure and resilient digital backbone remains essential for economic security. Building on this, Japan and the EU will:',
      '',
      '- **Submarine Cables:** continue the implementation of the MoC on submarine cables for secure, resilient and sustainable global connectivity, and the work of the Japan-EU Joint Working Group on Policy Issues for Global Connectivity;',
      '- **Cybersecurity:** advance cooperation on potential mutual recognition of cybersecurity schemes for IoT products, working towards aligning Japan’s JC-STAR scheme and the EU’s requirements under the Cyber Resilience Act.',
      '',
      'Both sides may, as appropriate:',
      '',
      '- **5G/6G:** consider further collaborative research on future communication networks including 6G.',
    ].join('\n'),
  );
  const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
  const fateOf = (start: string) => fates.find((fate) => fate.sentence.startsWith(start));

  it('a commitment the bullet continues under a firm lead-in is restated, and the card quotes the bullet', () => {
    const submarine = fateOf('Submarine Cables: Both sides reinforced');
    const iot = fateOf('To facilitate trade and enhance the security of connected devices');
    expect(submarine?.fate, submarine?.reason).not.toBe('dropped');
    expect(iot?.fate, iot?.reason).toBe('restated');
    expect(iot?.draftMarker).toBe('will advance');
    expect(iot?.draftSentence).toMatch(/^Cybersecurity: advance cooperation/);
  });
});
