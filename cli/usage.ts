/** The command line's usage text and its argument parsing. */
import { parseArgs } from 'node:util';

export const USAGE = `usage: precedent <command> [options]

commands:
  blocks FILE                       the blocks of a document (headings, paragraphs, list items)
  align PRIOR... --draft DRAFT [--csv F] [--docx F] [--html F] [--pdf F]
                                    align a draft with prior statements: carried, revised, new, dropped,
                                    and the fate of every prior commitment (--csv: the commitment tracker;
                                    --docx/--html/--pdf: the draft against its precedents as a report)
  compare OLD NEW [--docx F] [--html F] [--pdf F]
                                    compare two revisions of a document block by block, moves included;
                                    also as Word tracked changes (.docx), a standalone HTML report or a PDF
  commitments FILE                  the commitments of a document and their firmness
  lineage QUERY [--corpus DIR]      how the closest wording to QUERY evolved across the corpus

A FILE is a .md, .txt, .docx, .pdf or .html file, or the id of a document of the embedded corpus
(for example statement-2025 or council-note-8288-1-26-rev1).

options:
  --json        print the machine-readable result instead of the report
  --corpus DIR  the corpus folder for lineage (default: the embedded corpus)
  --all         lineage: include presentations, not only statements
  --no-cache    parse every document afresh and keep no parsed model (the cache is in the
                platform's cache folder: $XDG_CACHE_HOME/precedent or ~/.cache/precedent on Linux)
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
  pdf?: string;
  csv?: string;
  all: boolean;
  /** `--no-cache`: neither read nor write the parsed-model cache. */
  noCache: boolean;
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
        pdf: { type: 'string' },
        csv: { type: 'string' },
        all: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
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
    pdf: parsed.values.pdf,
    csv: parsed.values.csv,
    all: parsed.values.all ?? false,
    noCache: parsed.values['no-cache'] ?? false,
    help: parsed.values.help ?? false,
  };
}
