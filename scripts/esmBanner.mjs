// CommonJS dependencies bundled into an ES module still expect Node's
// module-scope names (yaml requires built-ins, write-file-atomic reads
// __filename): the banner of every Node bundle provides them.
export const ESM_NODE_BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join(' ');
