/** Entry point of the bundled command line. */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    // Ends once the answer is handed to the system, rather than when Node has
    // run its idle tasks and torn its heap down: some 15 ms after a long
    // compare. The cache's writes are done (main waits for them). Where the
    // streams hold nothing unwritten (a file, written synchronously), at
    // once: a turn of the event loop more let V8 finish the marking the
    // answer had started (a Mark-Compact of some 7 ms) for nothing. A pipe
    // takes 64 KB at a time: the rest waits for the reader, and so do we.
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
