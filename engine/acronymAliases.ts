/**
 * Acronyms tied to their long forms as the documents define them ("Software
 * Bill of Materials (SBOM)"), as name keys both ways: a draft that writes
 * "SBOM" names what its precedent spelled out, and the other way round.
 * The engine's fixed abbreviations (MoC, DFFT, EU) are spelled out before
 * any name is read; these are the ones each year's initiatives bring.
 */
import { boundedMemo } from './boundedMemo';
import { definedAcronyms } from './definedAcronyms';
import { nameKey } from './namedThings';

/** Name key to the key of its other form. */
export type AcronymAliases = ReadonlyMap<string, string>;

function readAliases(text: string): AcronymAliases {
  const aliases = new Map<string, string>();
  for (const [acronym, longForm] of definedAcronyms(text)) {
    const short = nameKey(acronym);
    const long = nameKey(longForm.join(' '));
    if (!short || !long || short === long) continue;
    aliases.set(short, long);
    aliases.set(long, short);
  }
  return aliases;
}

/** The aliases a block's text defines; memoised, since a draft's blocks are read again at every keystroke. */
export const acronymAliases: (text: string) => AcronymAliases = boundedMemo(readAliases, 20_000);
