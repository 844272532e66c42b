/**
 * Parses the embedded corpus once, at build time, into dist/corpus/corpus.json:
 * no start-up of the command line or the app pays remark's parsing cost.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readCorpusFolder, type CorpusCache } from '../io/corpus';
import { appRootOf, corpusCachePath, corpusFolder } from '../io/locations';

const root = appRootOf(import.meta.url);
const { documents, problems } = await readCorpusFolder(corpusFolder(root));
if (problems.length > 0) throw new Error(`the embedded corpus has unreadable files:\n${problems.join('\n')}`);
const cache: CorpusCache = { version: 1, documents };
const path = corpusCachePath(root);
await mkdir(dirname(path), { recursive: true });
await writeFile(path, JSON.stringify(cache));
