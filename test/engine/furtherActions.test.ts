/**
 * A commitment may name a further action beside its marker's own ("a shared
 * commitment to promoting ... as well as signing a Cooperation
 * Arrangement"): one reported done is the commitment progressed, however
 * the sentence says the other again. Sentences of our own; the construction
 * stands in the 2025 and 2026 statements.
 */
import { describe, expect, it } from 'vitest';
import { furtherActionsOf } from '../../engine/furtherActions';
import { firstFate } from '../support/firstFate';

function further(sentence: string, marker: string, action: string) {
  return furtherActionsOf(sentence, sentence.indexOf(marker) + marker.length, action).map((found) => [found.verb, found.named.join(' ')]);
}

describe('the further actions of a commitment', () => {
  it('are the verbs coordinated with its action in the same form, acting on a named thing', () => {
    const gerund = 'Both sides reaffirmed their commitment to strengthening research security as well as concluding a Framework Agreement on Open Science.';
    expect(further(gerund, 'reaffirmed their commitment to strengthening', 'strengthening')).toEqual([['concluding', 'framework agreement open scienc']]);
    const infinitive = 'Both sides intend to launch a joint call and to sign the Administrative Arrangement on Data Spaces.';
    expect(further(infinitive, 'intend to launch', 'launch')).toEqual([['to sign', 'administr arrang data space']]);
    const towards = 'Both sides reaffirmed their commitment to promoting trustworthy AI as well as working towards signing an Administrative Arrangement.';
    expect(further(towards, 'reaffirmed their commitment to promoting', 'promoting')).toEqual([['working', 'administr arrang']]);
  });

  it('are the means the action is done by, acting on a named thing or a part of one', () => {
    const means = 'Both sides decided to operationalise the Early Warning Mechanism by extending the scope of the Administrative Arrangement signed in 2023.';
    expect(further(means, 'decided to operationalise', 'operationalise')).toEqual([['extending', 'administr arrang']]);
    expect(further('Both sides intend to protect users by sharing best practices.', 'intend to protect', 'protect')).toEqual([]);
  });

  it('are none after a bare verb, for what others are to do, nor for an action on what is not named', () => {
    const others = 'Both sides will encourage more governments to support the principles of the Hiroshima AI Process and to join its Friends Group.';
    expect(further(others, 'will encourage', 'encourage')).toEqual([]);
    expect(further('Both sides committed to promoting innovation as well as deepening cooperation in multilateral fora.', 'committed to promoting', 'promoting')).toEqual([]);
    expect(further('Both sides intend to explore synergies and to support Japan in the region.', 'intend to explore', 'explore')).toEqual([]);
    // Another form: the gerund is the object's, not a second action of the infinitive.
    expect(further('Both sides intend to explore ways of promoting trust as well as signing the Cooperation Arrangement.', 'intend to explore', 'explore')).toEqual([]);
  });
});

describe('a further action reported done', () => {
  const prior = 'Research Security: Both sides reaffirmed their commitment to strengthening research security as well as concluding a Framework Agreement on Open Science. They will meet again in 2027.';
  const fateIn = (draftText: string) => Object.values(firstFate(prior, draftText));

  it('is the commitment progressed, though the same sentence says the other action again', () => {
    expect(fateIn('Research Security: Having concluded the Framework Agreement on Open Science in March 2027, both sides reaffirmed their commitment to strengthening research security.')).toEqual(['progressed', 'concluded']);
    expect(fateIn('Research Security: Both sides reaffirmed their commitment to strengthening research security and welcomed the conclusion, in March 2027, of the Framework Agreement on Open Science.')).toEqual(['progressed', 'welcomed']);
  });

  it('is the commitment progressed though another sentence keeps the decision word for word', () => {
    const decision = 'Supply Chains: Both sides decided to operationalise the Early Warning Mechanism by extending the scope of the Administrative Arrangement signed in 2023.';
    const fateOfDecision = (draftText: string) => firstFate(decision, draftText).fate;
    expect(fateOfDecision(`${decision} The amendment extending the scope of the Administrative Arrangement to further sectors was signed in December 2026.`)).toBe('progressed');
    expect(fateOfDecision(`${decision} A first exercise of the Early Warning Mechanism is planned for 2028.`)).toBe('restated');
  });

  it('is not read into a sentence that commits to it again, nor into another thing reported done', () => {
    expect(fateIn('Research Security: Both sides reaffirmed their commitment to strengthening research security as well as concluding a Framework Agreement on Open Science.')[0]).toBe('restated');
    expect(fateIn('Research Security: Having launched the Research Security Network in March 2027, both sides reaffirmed their commitment to strengthening research security as well as concluding a Framework Agreement on Open Science.')[0]).toBe('restated');
  });
});
