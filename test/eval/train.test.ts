import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentSet } from '../../eval/developmentSet';
import { linkExamples, trainLinkModel } from '../../eval/trainLinkModel';

describe('the link model the engine ships', () => {
  it('is what `npm run train` makes of the development set (retraining reproduces engine/linkWeights.json)', () => {
    const { labelled, generated } = developmentSet();
    const shipped = JSON.parse(readFileSync(new URL('../../engine/linkWeights.json', import.meta.url), 'utf8'));
    expect(trainLinkModel([...labelled, ...generated].flatMap(linkExamples))).toEqual(shipped);
  });
});
