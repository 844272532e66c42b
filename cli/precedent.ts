/** Entry point of the bundled command line. */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    // Ends once the answer is handed to the system, rather than when Node has
    // run its idle tasks and torn its heap down: some 15 ms after a long
    // compare. The cache's writes are done (main waits for them). Where the
    // streams hold nothing unwritten (a file, or a pipe, which Node writes
    // synchronously on Linux), at once: a turn of the event loop more let V8
    // finish the marking the answer's 3 MB had started, 5-20 ms for nothing.
    process.exitCode = code;
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
    else process.stdout.write('', () => process.stderr.write('', () => process.exit()));
  },
  (error: unknown) => {
    // A programming error: say so plainly, with what a bug report needs.
    process.stderr.write(`precedent: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
