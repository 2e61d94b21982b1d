// An annotations.yaml being changed through its YAML document, so that comments and key order survive the change.
import { isMap, isScalar, isSeq, YAMLSeq, type Document, type YAMLMap } from 'yaml';
import type { Annotations } from '../graph/corpus/annotations-schema.js';
import { relationIdsOf } from '../graph/corpus/relation-ids.js';
import { StoreError } from './errors.js';
import { editableYaml, yamlText } from './yaml-text.js';

/** Fields to write; `null` removes an optional field, `undefined` leaves it as it is. */
export type Fields = Record<string, unknown>;

/** An edit's outcome: the new text, what it did (for the history) and the id of what it made or changed. */
export interface Edited {
  text: string;
  change: string;
  id: string;
}

/** The order keys are written in, as a person writes them; keys not listed follow in the order given. */
export const RELATION_KEYS = [
  'id',
  'source',
  'relation',
  'target',
  'evidence',
  'time',
  'polarity',
  'modality',
  'assertedBy',
  'note',
];
export const ENTITY_KEYS = [
  'id',
  'kind',
  'label',
  'article',
  'aliases',
  'names',
  'description',
  'time',
];
const REVIEW_KEYS = ['status', 'confidence', 'reason'];
/** Written in flow style, as hand-written files have them: `evidence: ['…']`, `time: { start: 1956 }`. */
const FLOW_KEYS = new Set(['evidence', 'time', 'aliases', 'names']);

/** An annotations file being edited: its YAML document and what it says. */
export class AnnotationsEditor {
  readonly doc: Document.Parsed;
  constructor(
    text: string,
    readonly file: string,
  ) {
    this.doc = editableYaml(text, file);
  }

  get data(): Partial<Annotations> {
    return (this.doc.toJS() ?? {}) as Partial<Annotations>;
  }

  relationIndex(id: string): number {
    const index = relationIdsOf(this.data.relations ?? []).indexOf(id);
    if (index < 0) throw new StoreError('not-found', `this document has no relation \`${id}\``);
    return index;
  }

  relationIdAt(index: number): string {
    return relationIdsOf(this.data.relations ?? [])[index]!;
  }

  /** The index of the document's own entity `id`; a registry entity is not this file's to change. */
  entityIndex(id: string): number {
    const index = (this.data.entities ?? []).findIndex((e) => e.id === id);
    if (index < 0)
      throw new StoreError('not-found', `\`${id}\` is not an entity of this document's own`);
    return index;
  }

  /** Appends `item` to the list under `key`, made block style (a new file holds `relations: []`). */
  append(key: 'relations' | 'entities', item: Fields, order: readonly string[]): void {
    const list = this.doc.get(key, true);
    if (isSeq(list)) list.flow = false;
    else this.doc.set(key, new YAMLSeq());
    this.doc.addIn([key], this.node(ordered(item, order)));
  }

  /** Sets `key` of the file's top map, as its first key when new (`author` heads a file people write). */
  setFirst(key: string, value: unknown): void {
    const isNew = !this.doc.has(key);
    this.doc.set(key, value);
    const map = this.doc.contents;
    if (isNew && isMap(map)) map.items.unshift(map.items.pop()!);
  }

  /** Removes what is at `path`, if anything is. */
  remove(path: (string | number)[]): void {
    if (this.doc.hasIn(path)) this.doc.deleteIn(path);
  }

  /** Sets or (for `null`) removes each field of the map at `path`. */
  patch(path: (string | number)[], fields: Fields): void {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (value === null) this.remove([...path, key]);
      else this.doc.setIn([...path, key], this.node({ [key]: value }).get(key, true));
    }
  }

  /** A new node in the file's style: lists and times of an annotation in flow style. */
  node(value: Fields): YAMLMap {
    const node = this.doc.createNode(value) as YAMLMap;
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown }).value);
      if (FLOW_KEYS.has(key) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
      if (key === 'evidence' && isSeq(pair.value)) quoteEach(pair.value);
    }
    return node;
  }

  text(): string {
    return yamlText(this.doc);
  }
}

/** Quotes are written in single quotes, as people write them: a quote is text, whatever signs it holds. */
function quoteEach(list: YAMLSeq): void {
  for (const item of list.items) if (isScalar(item)) item.type = 'QUOTE_SINGLE';
}

/** `fields` with its keys in `order` first, empty values (`null`, `undefined`) left out. */
function ordered(fields: Fields, order: readonly string[]): Fields {
  const keys = [...order, ...REVIEW_KEYS, ...Object.keys(fields)];
  return Object.fromEntries(
    [...new Set(keys)]
      .filter((key) => fields[key] !== undefined && fields[key] !== null)
      .map((key) => [key, fields[key]]),
  );
}
