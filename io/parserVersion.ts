/**
 * The version of the parser that made a parsed model, part of every cache
 * key: a model made by another parser is never used. A build writes it as
 * the package's version and a hash of the bundled parse code itself (the
 * engine's parseDocument with remark, micromark and yaml as bundled; see
 * scripts/parserHash.mjs), so any change to the parse, or to a library it
 * uses, changes it without anyone remembering to bump a number. Run from
 * the sources (tests, tsx), it is a hash of the engine's sources and the
 * lockfile, which covers the same changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { appRootOf } from './locations';

declare const __PRECEDENT_PARSER__: string | undefined;

let fromSources: string | undefined;

export function parserVersion(): string {
  if (typeof __PRECEDENT_PARSER__ === 'string') return __PRECEDENT_PARSER__;
  fromSources ??= (() => {
    try {
      return hashOfSources();
    } catch {
      // Neither built nor beside its sources: a version of its own, so that no entry is ever taken for this parser's.
      return `unknown+${process.pid}.${Date.now()}`;
    }
  })();
  return fromSources;
}

function hashOfSources(): string {
  const root = appRootOf(import.meta.url);
  const hash = createHash('sha256');
  const engine = join(root, 'engine');
  for (const name of readdirSync(engine).filter((file) => file.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(engine, name)));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return `${version}+src.${hash.digest('hex').slice(0, 16)}`;
}
