// fast-check arbitraries of random small graphs for property tests of the path engine.
import fc from 'fast-check';

/** Random small directed graphs over nodes n0…n7, with a source and a target among them. */
export function randomEdges() {
  const node = fc.integer({ min: 0, max: 7 }).map((i) => `n${i}`);
  return fc.tuple(fc.array(fc.tuple(node, node), { minLength: 1, maxLength: 20 }), node, node);
}
