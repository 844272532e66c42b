/**
 * `npm run train`: trains the link model on the development set and writes
 * its weights to engine/linkWeights.json, which the engine ships. The same
 * pairs always give the same file (test/eval/train.test.ts holds it).
 */
import { writeFileSync } from 'node:fs';
import { developmentSet } from './developmentSet';
import { linkExamples, trainLinkModel } from './trainLinkModel';

const { labelled, generated } = developmentSet();
const model = trainLinkModel([...labelled, ...generated].flatMap(linkExamples));
writeFileSync(new URL('../engine/linkWeights.json', import.meta.url), `${JSON.stringify(model, null, 2)}\n`);
console.log(`trained on ${labelled.length} labelled and ${generated.length} generated pairs: engine/linkWeights.json`);
