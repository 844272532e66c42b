/** Entry point of the bundled command line. */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A programming error: say so plainly, with what a bug report needs.
    process.stderr.write(`precedent: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
