/**
 * A draft block's candidates by the key of their prior block (keyOf), made
 * once per reading: its candidates array stays while its text does, and the
 * rules that join links after the model ask, at every keystroke, which
 * blocks propose a given prior block.
 */
import { keyOf } from './droppedBlocks';
import type { PrecedentMatch } from './PrecedentIndex';

const maps = new WeakMap<object, Map<number, PrecedentMatch>>();

export function candidatesByKey(candidates: ReadonlyArray<{ match: PrecedentMatch }>): Map<number, PrecedentMatch> {
  let map = maps.get(candidates);
  if (!map) maps.set(candidates, (map = new Map(candidates.map(({ match }) => [keyOf(match), match]))));
  return map;
}
