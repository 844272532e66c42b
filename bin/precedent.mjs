#!/usr/bin/env node
// The installed `precedent` command: runs the bundled command line, built on install.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/precedent.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('precedent: the command line is not built yet: run `npm run build` in the Precedent folder\n');
  process.exit(1);
}
await import(bundle.href);
