// Edits of annotations.yaml through its YAML document: comments, key order and style survive; only the change differs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationsEditor } from '../../store/annotations-edit.js';
import { addEntity, addLocalAlias, mergeEntity } from '../../store/entity-edits.js';
import { addRelation, deleteRelation, patchRelation } from '../../store/relation-edits.js';
import { emptyAnnotationsText } from '../../store/document-file.js';
import { StoreError } from '../../store/errors.js';
import { REVIEW_DRAFTS, THAW } from '../helpers/review-drafts.js';

const TEXT = readFileSync(join(REVIEW_DRAFTS, THAW, 'annotations.yaml'), 'utf8');
const editor = (text = TEXT) => new AnnotationsEditor(text, 'annotations.yaml');
const lines = (text: string) => text.split('\n');

describe('AnnotationsEditor', () => {
  it('should write an unchanged file back byte for byte', () => {
    expect(editor().text()).toBe(TEXT);
  });

  it('should change only the lines of the change, comments kept', () => {
    const { text, id } = patchRelation(editor(), 'mao-criticizes-khrushchev', {
      status: 'accepted',
      note: 'Checked.',
      confidence: null,
    });
    expect(id).toBe('mao-criticizes-khrushchev');
    const removed = lines(TEXT).filter((l) => !lines(text).includes(l));
    const added = lines(text).filter((l) => !lines(TEXT).includes(l));
    expect(removed).toEqual(['    confidence: 0.9']);
    expect(added).toEqual(['    status: accepted', '    note: Checked.']);
    expect(text).toContain("# The extractor's proposals, waiting for review.");
  });

  it('should accept the draft entities an accepted relation names', () => {
    const { text } = patchRelation(editor(), 'gomulka-leads-poland', { status: 'accepted' });
    expect(text).toMatch(/id: wladyslaw-gomulka\n(?:.*\n){4}\s+status: accepted/);
  });

  it('should turn `relations: []` of a new file into a block list', () => {
    const { text, id } = addRelation(editor(emptyAnnotationsText()), {
      source: 'a',
      relation: 'leads',
      target: 'b',
      evidence: ["a's words, quoted"],
      time: { start: 1956, end: null },
    });
    expect(id).toBe('a.leads.b');
    expect(text).toBe(
      `${emptyAnnotationsText().replace('relations: []\n', 'relations:\n')}` +
        "  - source: a\n    relation: leads\n    target: b\n    evidence: ['a''s words, quoted']\n" +
        '    time: { start: 1956, end: null }\n',
    );
  });

  it('should refuse an unknown relation or a registry entity with not-found', () => {
    expect(() => deleteRelation(editor(), 'nope')).toThrow(StoreError);
    expect(() => mergeEntity(editor(), 'joseph-stalin', 'poland')).toThrow(/not an entity/);
  });

  it('should make an entity id from its label, free among those taken', () => {
    const { id, text } = addEntity(
      editor(),
      { kind: 'person', label: 'Cy Draft' },
      new Set(['cy-draft']),
    );
    expect(id).toBe('cy-draft-2');
    expect(text).toContain(
      '  - id: cy-draft-2\n    kind: person\n    label: Cy Draft\n    description: Cy Draft\n',
    );
  });

  it('should add local aliases as a flow list, once each', () => {
    const once = addLocalAlias(editor(), 'soviet-union', 'soviet rule');
    expect(once.text).toContain('localAliases:\n  soviet-union: [soviet rule]\n');
    const twice = addLocalAlias(editor(once.text), 'soviet-union', 'Soviet Rule');
    expect(twice.text).toBe(once.text);
  });

  it('should merge an entity: relations follow, its names become local aliases', () => {
    const { text } = mergeEntity(editor(), 'wladyslaw-gomulka', 'poland');
    expect(text).not.toContain('id: wladyslaw-gomulka');
    expect(text).toContain('source: poland');
    expect(text).toContain('poland: [Wladyslaw Gomulka, gomulka]');
  });
});
