/** The named things of the statements' own sentences, as the evidence of a link shows them. */
import { describe, expect, it } from 'vitest';
import { namedThings } from '../../engine/index';

const surfaces = (text: string) => Object.values(namedThings(text).surfaces);

describe('named things, as written', () => {
  it('keeps the generic words that stand in a name: the Digital Services Act, not the Services Act', () => {
    expect(surfaces('They committed to enforce applicable regulation, including the Digital Services Act (DSA) on the EU-side.')).toEqual(['Digital Services Act', 'DSA']);
  });

  it('tells apart two names joined by "and"', () => {
    expect(surfaces("Noting the phased implementation of the EU AI Act and the enforcement of Japan's AI Act, both sides acknowledged it.")).toEqual(['AI Act']);
    expect(surfaces("Both sides held regular technical exchanges on Japan’s Mobile Software Competition Act and the EU’s Digital Markets Act.")).toEqual(['Mobile Software Competition Act', 'Digital Markets Act']);
    expect(surfaces('Both sides confirmed to deepen their regulatory exchanges under the Cooperation Arrangement between MIC and DG CONNECT.')).toEqual(['Cooperation Arrangement', 'MIC', 'DG CONNECT']);
  });

  it('keeps "and" inside a name that holds it', () => {
    expect(surfaces('They met the Japanese Minister for Internal Affairs and Communications.')).toEqual(['Minister for Internal Affairs and Communications']);
    expect(surfaces('Both sides continued the implementation of the MoC on Digital Identities and Trust Services.')).toEqual(['MoC on Digital Identities and Trust Services']);
  });

  it('names nothing with generic words alone', () => {
    expect(surfaces('The fourth meeting of the EU-Japan Digital Partnership Council took place in Brussels.')).toEqual(['Brussels']);
    expect(surfaces('Digital transformation is best achieved through collective efforts with partners.')).toEqual([]);
    expect(surfaces('Both sides decided to convene the 5th meeting of the EU-Japan Digital Partnership Council in Tokyo in 2027.')).toEqual(['Tokyo']);
  });
});
