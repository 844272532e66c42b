// An esbuild plugin for the import worker's bundle: it leaves out every place
// in the importers' libraries that builds code from strings (`new Function`,
// `Function(...)`), which the build scan refuses
// (test/security/builtOutput.test.ts, which also lists the places found
// without this plugin). None of them is reachable in a Node worker that
// reads documents; each is replaced by what Node makes of it anyway, or by a
// throw where it is dead code. A library update that changes one of these
// texts fails the build here; a new place fails the scan.
import { readFile } from 'node:fs/promises';

/** Whole modules replaced. */
const MODULES = [
  {
    // jszip (mammoth reads .docx with it) requires this browser polyfill, whose setImmediate runs
    // `new Function(callback)` for a string callback. It returns at once where setImmediate exists, as in Node.
    specifier: 'setimmediate',
    contents: '',
  },
];

/** Texts replaced inside a module, each expected exactly `count` times. */
const EDITS = [
  {
    // mammoth uses underscore but never _.template, which compiles templates with `new Function`.
    module: /[\\/]underscore[\\/]modules[\\/]template\.js$/,
    whole: "export default function template() { throw new Error('underscore template() compiles code from strings and is not bundled'); }",
  },
  {
    // underscore's root object: `Function('return this')()` only where neither `self` nor `global` exists.
    module: /[\\/]underscore[\\/]modules[\\/]_setup\.js$/,
    edits: [["Function('return this')()", 'globalThis']],
  },
  {
    // pdf.js (its API and its worker code, both run in the import worker) carries core-js and its own probes.
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(?:\.worker)?\.mjs$/,
    edits: [
      // core-js: a Node built-in through `require` when process.getBuiltinModule fails; an ES module has no
      // global `require`, so that call throws and core-js goes on with undefined, as it now does at once.
      [`return Function('return require("' + name + '")')();`, 'return undefined;'],
      // core-js: the global object as a last resort, after globalThis.
      ["Function('return this')()", 'globalThis'],
      // FeatureTest.isEvalSupported: the probe now finds no eval, so nothing below is ever compiled
      // (the importer passes isEvalSupported: false besides; CVE-2024-4367).
      ['new Function("");', 'throw new Error("code from strings is not bundled");'],
    ],
  },
  {
    // The PostScript function compiler, reached only when eval is supported (see above).
    module: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/,
    edits: [['return new Function("src", "srcOffset", "dest", "destOffset", compiled);', 'throw new Error("PostScript functions are not compiled from strings in this build");']],
  },
];

export const withoutCodeFromStrings = {
  name: 'without-code-from-strings',
  setup(bundle) {
    for (const { specifier, contents } of MODULES) {
      bundle.onResolve({ filter: new RegExp(`^${specifier}$`) }, () => ({ path: specifier, namespace: 'node-has-it' }));
    }
    bundle.onLoad({ filter: /.*/, namespace: 'node-has-it' }, ({ path }) => ({ contents: MODULES.find((module) => module.specifier === path).contents, loader: 'js' }));
    const modules = new RegExp(EDITS.map(({ module }) => module.source).join('|'));
    bundle.onLoad({ filter: modules }, async ({ path }) => {
      let source = await readFile(path, 'utf8');
      for (const { module, whole, edits = [] } of EDITS) {
        if (!module.test(path)) continue;
        if (whole !== undefined) source = whole;
        for (const [from, to] of edits) {
          if (!source.includes(from)) throw new Error(`${path} no longer contains ${from}: check it for code built from strings and update scripts/withoutCodeFromStrings.mjs`);
          source = source.replaceAll(from, to);
        }
      }
      return { contents: source, loader: 'js' };
    });
  },
};
