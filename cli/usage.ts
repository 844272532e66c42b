/** The command line's usage text and its argument parsing. */
import { parseArgs } from 'node:util';

export const USAGE = `usage: precedent <command> [options]

commands:
  blocks FILE                       the blocks of a document (headings, paragraphs, list items)
  align PRIOR... --draft DRAFT [--csv F]
                                    align a draft with prior statements: carried, revised, new, dropped,
                                    and the fate of every prior commitment (--csv: the commitment tracker)
  compare OLD NEW [--docx F] [--html F]
                                    compare two revisions of a document block by block, moves included;
                                    also as Word tracked changes (.docx) or a standalone HTML report
  commitments FILE                  the commitments of a document and their firmness
  lineage QUERY [--corpus DIR]      how the closest wording to QUERY evolved across the corpus

A FILE is a .md, .txt, .docx or .html file, or the id of a document of the embedded corpus
(for example statement-2025 or council-note-8288-1-26-rev1).

options:
  --json        print the machine-readable result instead of the report
  --corpus DIR  the corpus folder for lineage (default: the embedded corpus)
  --all         lineage: include presentations, not only statements
  -h, --help    show this help

exit status: 0 done, 1 usage error, 2 a file could not be read`;

export interface CliArguments {
  command: string;
  positionals: string[];
  json: boolean;
  draft?: string;
  corpus?: string;
  docx?: string;
  html?: string;
  csv?: string;
  all: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        draft: { type: 'string' },
        corpus: { type: 'string' },
        docx: { type: 'string' },
        html: { type: 'string' },
        csv: { type: 'string' },
        all: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command = '', ...positionals] = parsed.positionals;
  return {
    command,
    positionals,
    json: parsed.values.json ?? false,
    draft: parsed.values.draft,
    corpus: parsed.values.corpus,
    docx: parsed.values.docx,
    html: parsed.values.html,
    csv: parsed.values.csv,
    all: parsed.values.all ?? false,
    help: parsed.values.help ?? false,
  };
}
