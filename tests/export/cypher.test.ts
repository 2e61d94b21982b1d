import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { cypherFormat, cypherString, relationshipType } from '../../export/cypher.js';
import { miniView, TRICKY_TEXT, trickyView } from './views.js';

/** Syntax and semantic errors (severity 1) the openCypher/Neo4j grammar of Neo4j's language support finds. */
function cypherErrors(script: string): string[] {
  // 2.0.0-next.20 is the last release that runs on Node 20 (later ones need Node 22 or 24); it returns the list.
  return lintCypherQuery(script, {})
    .filter((d) => d.severity === 1)
    .map((d) => `${d.message} at ${d.offsets.start}`);
}

describe('graph.cypher', () => {
  it('should parse with the Neo4j Cypher grammar, tricky text included', async () => {
    const script = String(await cypherFormat.render(trickyView()));
    expect(cypherErrors(script)).toEqual([]);
    expect(cypherErrors(String(await cypherFormat.render(await miniView())))).toEqual([]);
  });

  it('should be caught by the grammar check when a quote is left unescaped', () => {
    expect(cypherErrors("MERGE (n:Entity {id: 'o'brien'});")).not.toEqual([]);
  });

  it('should MERGE each entity by id with :Entity and a label per kind', async () => {
    const script = String(await cypherFormat.render(trickyView()));
    const merges = script.split('\n').filter((l) => l.startsWith('MERGE ('));
    expect(merges).toHaveLength(3);
    expect(script).toContain("MERGE (n:Entity:State {id: 'b-2'}) SET n += {label: '=SUM(A1:A9)'");
    expect(script).toContain("MERGE (n:Entity:Concept {id: 'c'})");
  });

  it('should write one typed relationship per relation, with its evidence as a list and as JSON', async () => {
    const script = String(await cypherFormat.render(trickyView()));
    const rels = script.split('\n').filter((l) => l.startsWith('MATCH ('));
    expect(rels).toHaveLength(3);
    expect(rels[0]).toContain("MERGE (a)-[r:DENOUNCED {id: 'r1'}]->(b)");
    expect(rels[0]).toContain(
      `evidence: [${cypherString(TRICKY_TEXT)}, 'called khrushchev a “revisionist.”'], evidence_sentences: [3, 4]`,
    );
    expect(rels[0]).toContain('evidence_json: \'[{"quote":');
  });

  it('should escape backslashes, quotes, line breaks and control characters, and keep unicode', () => {
    expect(cypherString('O\'Brien \\ "x"\n\r\t周😀\u0007\u2028')).toBe(
      "'O\\'Brien \\\\ \"x\"\\n\\r\\t周😀\\u0007\\u2028'",
    );
  });

  it('should name relationship types in upper snake case', () => {
    expect(relationshipType('denounced')).toBe('DENOUNCED');
    expect(relationshipType('allied-with')).toBe('ALLIED_WITH');
    expect(relationshipType('isLeaderOf')).toBe('IS_LEADER_OF');
  });
});
