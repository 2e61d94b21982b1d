// The mentions found so far and the entities they name: each step adds to it, an earlier step's span wins.
import type { EntityKind } from '../types.js';
import type { FoundMention, MentionSet, ProposedEntity } from './draft-types.js';
import { SpanSet } from './spans.js';

function emptyMentionSet(): MentionSet {
  return {
    mentions: [],
    proposed: new Map(),
    kinds: new Map(),
    confidence: new Map(),
    pronouns: new Map(),
  };
}

/** Adds steps' mentions and remembers their spans; a mention overlapping an earlier one is skipped. */
export class MentionCollector {
  readonly set: MentionSet = emptyMentionSet();
  private readonly taken = new SpanSet();

  isTaken(span: { start: number; end: number }): boolean {
    return this.taken.covers(span);
  }

  /**
   * Adds the mention unless its span is taken (`nested`: even then, for a name the loader itself finds inside a
   * longer one, "ukraine" in "the war in ukraine"); the entity's kind and confidence are kept at their best.
   */
  add(mention: FoundMention, kind: EntityKind, confidence: number, nested = false): boolean {
    if (!nested && this.taken.covers(mention)) return false;
    this.taken.add(mention);
    this.set.mentions.push(mention);
    if (!this.set.kinds.has(mention.id)) this.set.kinds.set(mention.id, kind);
    this.set.confidence.set(
      mention.id,
      Math.max(confidence, this.set.confidence.get(mention.id) ?? 0),
    );
    return true;
  }

  /**
   * A pronoun's or reference's mention: it takes its words, and leaves the entity's own confidence as the names set
   * it. A reference to two entities ("both") gives one mention of each on the same words.
   */
  addPronoun(mention: FoundMention | FoundMention[], confidence: number): void {
    const list = Array.isArray(mention) ? mention : [mention];
    if (list.length === 0 || this.taken.covers(list[0]!)) return;
    this.taken.add(list[0]!);
    this.set.mentions.push(...list);
    this.set.pronouns.set(list[0]!.start, confidence);
  }

  /** Proposes a new entity; a second proposal under the same id keeps the surer one. */
  propose(entity: ProposedEntity): void {
    const earlier = this.set.proposed.get(entity.id);
    if (!earlier || entity.confidence > earlier.confidence)
      this.set.proposed.set(entity.id, entity);
  }
}
