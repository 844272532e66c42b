/**
 * The `precedent` command line: thin over the engine. Exit status 0 when
 * done, 1 on a usage error (with the usage), 2 when an input cannot be read
 * (one line naming the file and the problem).
 *
 * A command loads only what it uses (its module, the parser, the importers,
 * the exporters) with import(): the bundle is split along these lines
 * (scripts/build.mjs), so `precedent --help` reads none of them.
 */
import { join } from 'node:path';
import { STATEMENT_KINDS } from '../io/corpus';
import { cacheFolder } from '../io/cacheFolder';
import type { ParseCache } from '../io/parseCache';
import { InputError, embeddedCorpus, readInputs, type CacheOpener, type InputDocument } from './inputs';
import { writePrettyJson } from './prettyJson';
import { writeErr, writeOut } from './standardStreams';
import { styleFor } from './style';
import { USAGE, UsageError, parseCliArguments, type CliArguments } from './usage';

/** What a command prints: a report, or (--json) the value whose JSON it prints. */
type Answer = { text: string } | { json: unknown };

async function run(args: CliArguments, cache: CacheOpener): Promise<Answer> {
  // Asked only for a report: --json never makes process.stdout (see standardStreams).
  const style = () => styleFor(process.stdout);
  const print = (json: unknown, report: () => string): Answer => (args.json ? { json } : { text: report() });
  const need = (count: number, what: string) => {
    if (args.positionals.length !== count) throw new UsageError(`${args.command} takes ${what}`);
  };
  const read = (names: readonly string[]): Promise<InputDocument[]> => readInputs(names, { cache });
  const exportsAsked = Boolean(args.docx || args.html || args.pdf);
  switch (args.command) {
    case 'blocks': {
      need(1, 'one FILE');
      const [[input], { blocksJson, blocksReport }] = await Promise.all([read(args.positionals), import('./commands/blocks')]);
      return print(blocksJson(input), () => blocksReport(input, style()));
    }
    case 'commitments': {
      need(1, 'one FILE');
      const [[input], { commitmentsJson, commitmentsReport }] = await Promise.all([read(args.positionals), import('./commands/commitments')]);
      return print(commitmentsJson(input), () => commitmentsReport(input, style()));
    }
    case 'align': {
      if (!args.draft) throw new UsageError('align needs --draft DRAFT');
      if (args.positionals.length === 0) throw new UsageError('align needs at least one PRIOR');
      const inputs = await read([...args.positionals, args.draft]);
      const { alignJson, alignReport, languageNote, runAlign } = await import('./commands/align');
      const result = runAlign(inputs.slice(0, -1), inputs[inputs.length - 1]);
      const note = languageNote(result);
      if (note) writeErr(`precedent: note: ${note}\n`);
      if (args.csv || exportsAsked) {
        const { writeCommitmentsCsv, writeDraftExports } = await import('./exports');
        if (args.csv) {
          await writeCommitmentsCsv(result, args.csv);
          writeErr(`precedent: wrote ${args.csv}\n`);
        }
        for (const path of await writeDraftExports(result, { docx: args.docx, html: args.html, pdf: args.pdf })) {
          writeErr(`precedent: wrote ${path}\n`);
        }
      }
      return print(alignJson(result), () => alignReport(result, style()));
    }
    case 'compare': {
      need(2, 'OLD and NEW');
      // Left if a document must be parsed (see shortRun). Loaded here: node:v8 is some 5 ms that --help and the other commands do without.
      const { enterShortRun, leaveShortRun } = await import('./shortRun');
      enterShortRun();
      // Loaded while the documents are read, so that nothing waits between their models and the answer (see ParseCache.putSoon);
      // asked for first, since reading from the cache holds this thread until the models are there.
      const [{ compareJsonOf, compareReport, runCompare }, [oldInput, newInput]] = await Promise.all([
        import('./commands/compare'),
        readInputs(args.positionals, { cache, beforeParse: leaveShortRun }),
      ]);
      // The documents parsed, if any were: what is left is short again.
      enterShortRun();
      const compare = runCompare(oldInput, newInput);
      if (exportsAsked) {
        leaveShortRun();
        const { writeComparisonExports } = await import('./exports');
        for (const path of await writeComparisonExports(oldInput, newInput, compare, { docx: args.docx, html: args.html, pdf: args.pdf })) {
          writeErr(`precedent: wrote ${path}\n`);
        }
      }
      return print(compareJsonOf(oldInput, newInput, compare), () => compareReport(oldInput, newInput, compare, style()));
    }
    case 'lineage': {
      if (args.positionals.length === 0) throw new UsageError('lineage needs a QUERY');
      const query = args.positionals.join(' ');
      const documents = args.corpus ? await readCorpusArgument(args.corpus, cache) : await embeddedCorpus();
      const { lineageJson, lineageReport, runLineage } = await import('./commands/lineage');
      const entries = runLineage(query, args.all ? documents : documents.filter((doc) => STATEMENT_KINDS.has(doc.kind) || doc.kind === 'document'));
      return print(lineageJson(query, entries), () => lineageReport(query, entries, style()));
    }
    default:
      throw new UsageError(args.command ? `unknown command "${args.command}"` : 'no command given');
  }
}

async function readCorpusArgument(folder: string, cache: CacheOpener) {
  try {
    const { readCorpusFolder } = await import('../io/corpus');
    const { documents, problems } = await readCorpusFolder(folder, { cache: await cache() });
    for (const problem of problems) writeErr(`precedent: skipped: ${problem}\n`);
    if (documents.length === 0) throw new InputError(`cannot read corpus ${folder}: it holds no readable .md or .txt document`);
    return documents;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read corpus ${folder}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'it is not a folder' : (error as Error).message}`);
  }
}

/**
 * Prints the answer and its newline: JSON in pieces (see prettyJson), never
 * made one string, each written as its buffer fills; a report, with its
 * newline, in one write.
 */
function writeAnswer(answer: Answer): void {
  if ('json' in answer) writePrettyJson(answer.json, writeOut);
  else writeOut(`${answer.text}\n`);
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArguments;
  let opened: Promise<ParseCache> | undefined;
  try {
    args = parseCliArguments(argv);
    if (args.help) {
      writeOut(`${USAGE}\n`);
      return 0;
    }
    const noCache = args.noCache;
    const cache: CacheOpener = async () =>
      noCache ? null : (opened ??= import('../io/parseCache').then(({ ParseCache }) => new ParseCache({ folder: join(cacheFolder(), 'parsed'), synchronous: true })));
    writeAnswer(await run(args, cache));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      writeErr(`precedent: ${error.message}\n${USAGE}\n`);
      return 1;
    }
    if (error instanceof InputError) {
      writeErr(`precedent: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    // The models parsed are written to the cache while the command runs; the command ends when they are, even when it failed after parsing.
    if (opened) await (await opened).flush();
  }
}
