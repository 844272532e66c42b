/** Entry point of the bundled command line. */
import { main } from './main';
import { drained, writeErr } from './standardStreams';

main(process.argv.slice(2)).then(
  async (code) => {
    // Ends once the answer is handed to the system, rather than when Node has
    // run its idle tasks and torn its heap down: some 15 ms after a long
    // compare. The cache's writes are done (main waits for them), and the
    // answer was written synchronously (see standardStreams): at once, then.
    // A turn of the event loop more let V8 finish the marking the answer had
    // started (a Mark-Compact of some 7 ms) for nothing.
    process.exitCode = code;
    await drained();
    process.exit();
  },
  (error: unknown) => {
    // A programming error: say so plainly, with what a bug report needs.
    writeErr(`precedent: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
