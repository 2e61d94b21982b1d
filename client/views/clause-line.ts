// A relation's clause as a line: the entity names as the view's own links, the verb phrase marked by polarity.
import { capitalize, type ClausePart } from '../../graph/wording.js';
import type { Polarity } from '../types.js';
import { h } from './dom.js';

/** Draws an entity name of the clause (a link in the explorer, a button in the embed). */
export type NameView = (id: string, text: string) => HTMLElement;

export function clauseLine(
  parts: ClausePart[],
  polarity: Polarity,
  name: NameView,
): (HTMLElement | string)[] {
  return parts.map((part, i) => {
    if (part.entity) return name(part.entity, part.text);
    if (part.article) return i === 0 ? capitalize(part.text) : part.text;
    return h('span', { class: `hop-verb polarity-${polarity}` }, part.text);
  });
}
