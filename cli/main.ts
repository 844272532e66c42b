/**
 * The `precedent` command line: thin over the engine. Exit status 0 when
 * done, 1 on a usage error (with the usage), 2 when an input cannot be read
 * (one line naming the file and the problem).
 */
import { STATEMENT_KINDS, readCorpusFolder } from '../io/corpus';
import { alignJson, alignReport, runAlign } from './commands/align';
import { blocksJson, blocksReport } from './commands/blocks';
import { commitmentsJson, commitmentsReport } from './commands/commitments';
import { compareJsonOf, compareReport, runCompare } from './commands/compare';
import { lineageJson, lineageReport, runLineage } from './commands/lineage';
import { InputError, embeddedCorpus, readInput } from './inputs';
import { writeCommitmentsCsv, writeComparisonExports, writeDraftExports } from './exports';
import { styleFor } from './style';
import { USAGE, UsageError, parseCliArguments, type CliArguments } from './usage';

async function run(args: CliArguments): Promise<string> {
  const style = styleFor(process.stdout);
  const print = (json: unknown, report: () => string) => (args.json ? JSON.stringify(json, null, 2) : report());
  const need = (count: number, what: string) => {
    if (args.positionals.length !== count) throw new UsageError(`${args.command} takes ${what}`);
  };
  switch (args.command) {
    case 'blocks': {
      need(1, 'one FILE');
      const input = await readInput(args.positionals[0]);
      return print(blocksJson(input), () => blocksReport(input, style));
    }
    case 'commitments': {
      need(1, 'one FILE');
      const input = await readInput(args.positionals[0]);
      return print(commitmentsJson(input), () => commitmentsReport(input, style));
    }
    case 'align': {
      if (!args.draft) throw new UsageError('align needs --draft DRAFT');
      if (args.positionals.length === 0) throw new UsageError('align needs at least one PRIOR');
      const priors = [];
      for (const name of args.positionals) priors.push(await readInput(name));
      const result = runAlign(priors, await readInput(args.draft));
      if (args.csv) {
        await writeCommitmentsCsv(result, args.csv);
        process.stderr.write(`precedent: wrote ${args.csv}\n`);
      }
      for (const path of await writeDraftExports(result, { docx: args.docx, html: args.html, pdf: args.pdf })) {
        process.stderr.write(`precedent: wrote ${path}\n`);
      }
      return print(alignJson(result), () => alignReport(result, style));
    }
    case 'compare': {
      need(2, 'OLD and NEW');
      const [oldInput, newInput] = [await readInput(args.positionals[0]), await readInput(args.positionals[1])];
      const compare = runCompare(oldInput, newInput);
      for (const path of await writeComparisonExports(oldInput, newInput, compare, { docx: args.docx, html: args.html, pdf: args.pdf })) {
        process.stderr.write(`precedent: wrote ${path}\n`);
      }
      return print(compareJsonOf(oldInput, newInput, compare), () => compareReport(oldInput, newInput, compare, style));
    }
    case 'lineage': {
      if (args.positionals.length === 0) throw new UsageError('lineage needs a QUERY');
      const query = args.positionals.join(' ');
      const documents = args.corpus ? await readCorpusArgument(args.corpus) : await embeddedCorpus();
      const entries = runLineage(query, args.all ? documents : documents.filter((doc) => STATEMENT_KINDS.has(doc.kind) || doc.kind === 'document'));
      return print(lineageJson(query, entries), () => lineageReport(query, entries, style));
    }
    default:
      throw new UsageError(args.command ? `unknown command "${args.command}"` : 'no command given');
  }
}

async function readCorpusArgument(folder: string) {
  try {
    const { documents, problems } = await readCorpusFolder(folder);
    for (const problem of problems) process.stderr.write(`precedent: skipped: ${problem}\n`);
    if (documents.length === 0) throw new InputError(`cannot read corpus ${folder}: it holds no readable .md or .txt document`);
    return documents;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read corpus ${folder}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'it is not a folder' : (error as Error).message}`);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArguments;
  try {
    args = parseCliArguments(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stdout.write(`${await run(args)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`precedent: ${error.message}\n${USAGE}\n`);
      return 1;
    }
    if (error instanceof InputError) {
      process.stderr.write(`precedent: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
