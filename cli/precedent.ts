/** Entry point of the bundled command line. */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    // Ends once the answer is handed to the system, rather than when Node has
    // run its idle tasks and torn its heap down: some 15 ms after a long
    // compare. The cache's writes are done (main waits for them).
    process.exitCode = code;
    process.stdout.write('', () => process.stderr.write('', () => process.exit()));
  },
  (error: unknown) => {
    // A programming error: say so plainly, with what a bug report needs.
    process.stderr.write(`precedent: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
