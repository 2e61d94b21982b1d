// Audits a corpus for gaps: sentences naming 2+ entities that back no relation, unmentioned entities, idle aliases,
// and dates the text does not give that do not say where they come from.
import { auditDates } from './audit-dates.js';
import type { AuditEntry } from './corpus/annotations-schema.js';
import type { Corpus, DocumentRecord } from './corpus/corpus-types.js';
import { locateQuote } from './corpus/document-facts.js';
import { namesOf } from './corpus/mentions.js';

export interface AuditFinding {
  kind: 'unrelated-sentence' | 'unmentioned-entity' | 'unmatched-alias' | 'undocumented-date';
  /** What the finding is about: a sentence index, an entity id or an alias. */
  subject: string;
  message: string;
  /** The annotation file's justification, when it gives one. */
  justification: string | null;
}

export interface AuditReport {
  findings: AuditFinding[];
  open: AuditFinding[];
  justified: AuditFinding[];
}

export function auditCorpus(corpus: Corpus): AuditReport {
  const findings = [
    ...unrelatedSentences(corpus),
    ...unmentionedEntities(corpus),
    ...unmatchedAliases(corpus),
    ...auditDates(corpus).map((f) => ({
      kind: 'undocumented-date' as const,
      ...f,
      // A date has no justification but its source: mend the date, do not excuse it.
      justification: null,
    })),
  ];
  return {
    findings,
    open: findings.filter((f) => f.justification === null),
    justified: findings.filter((f) => f.justification !== null),
  };
}

/** Per document: its sentences that name two entities or more but back none of its relations. */
function unrelatedSentences(corpus: Corpus): AuditFinding[] {
  return corpus.documents.flatMap((doc) =>
    unrelatedSentencesOf(corpus, doc, corpus.documents.length > 1),
  );
}

function unrelatedSentencesOf(corpus: Corpus, doc: DocumentRecord, named: boolean): AuditFinding[] {
  const { article } = doc;
  // A sentence repeated word for word (the deck is the body's question) is backed by its twin's relations.
  const backed = new Set(
    corpus.relations
      .filter((r) => r.doc === doc.slug)
      .flatMap((r) => r.evidence.map((e) => article.sentences[e.sentence]!.text)),
  );
  const why = new Map<number, string>();
  for (const entry of doc.audit) {
    if (!('sentence' in entry)) continue;
    const found = locateQuote(article, entry.sentence);
    if (found) why.set(found.sentence, entry.why);
  }
  const labelsBySentence = new Map<number, Set<string>>();
  for (const entity of corpus.entities) {
    for (const m of entity.mentions) {
      if (m.doc !== doc.slug) continue;
      if (!labelsBySentence.has(m.sentence)) labelsBySentence.set(m.sentence, new Set());
      labelsBySentence.get(m.sentence)!.add(entity.label);
    }
  }
  const findings: AuditFinding[] = [];
  for (const [index, labels] of [...labelsBySentence].sort(([a], [b]) => a - b)) {
    const text = article.sentences[index]!.text;
    if (labels.size < 2 || backed.has(text)) continue;
    findings.push({
      kind: 'unrelated-sentence',
      subject: named ? `${doc.slug}#${index}` : String(index),
      message: `${named ? `${doc.slug}: ` : ''}sentence ${index} names ${[...labels].join(', ')} but backs no relation: "${text}"`,
      justification: why.get(index) ?? null,
    });
  }
  return findings;
}

/** Every document's audit entries together: a justification given in one document covers the corpus. */
function auditEntries(corpus: Corpus): AuditEntry[] {
  return corpus.documents.flatMap((d) => d.audit);
}

function unmentionedEntities(corpus: Corpus): AuditFinding[] {
  const why = new Map(
    auditEntries(corpus).flatMap((e) => ('entity' in e ? [[e.entity, e.why] as const] : [])),
  );
  return corpus.entities
    .filter((e) => e.mentions.length === 0)
    .map((e) => ({
      kind: 'unmentioned-entity' as const,
      subject: e.id,
      message: `entity \`${e.id}\` is never mentioned in the article`,
      justification: why.get(e.id) ?? null,
    }));
}

function unmatchedAliases(corpus: Corpus): AuditFinding[] {
  const why = new Map(
    auditEntries(corpus).flatMap((e) =>
      'alias' in e ? [[e.alias.toLowerCase(), e.why] as const] : [],
    ),
  );
  const findings: AuditFinding[] = [];
  for (const entity of corpus.entities) {
    const used = new Set(entity.mentions.map((m) => m.text.toLowerCase()));
    for (const alias of namesOf({ ...entity, label: '' }).filter(Boolean)) {
      if (used.has(alias)) continue;
      findings.push({
        kind: 'unmatched-alias',
        subject: alias,
        message: `alias "${alias}" of \`${entity.id}\` matches nothing in the article`,
        justification: why.get(alias) ?? null,
      });
    }
  }
  return findings;
}
