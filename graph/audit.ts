// Audits a corpus for gaps: sentences naming 2+ entities that back no relation, unmentioned entities, idle aliases,
// and dates the text does not give that do not say where they come from.
import { auditDates } from './audit-dates.js';
import type { Corpus } from './corpus/corpus-types.js';
import { locateQuote } from './corpus/load.js';
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

function unrelatedSentences(corpus: Corpus): AuditFinding[] {
  const { article } = corpus;
  // A sentence repeated word for word (the deck is the body's question) is backed by its twin's relations.
  const backed = new Set(
    corpus.relations.flatMap((r) => r.evidence.map((e) => article.sentences[e.sentence]!.text)),
  );
  const why = new Map<number, string>();
  for (const entry of corpus.audit) {
    if (!('sentence' in entry)) continue;
    const found = locateQuote(article, entry.sentence);
    if (found) why.set(found.sentence, entry.why);
  }
  const named = new Map<number, Set<string>>();
  for (const entity of corpus.entities) {
    for (const m of entity.mentions) {
      if (!named.has(m.sentence)) named.set(m.sentence, new Set());
      named.get(m.sentence)!.add(entity.label);
    }
  }
  const findings: AuditFinding[] = [];
  for (const [index, labels] of [...named].sort(([a], [b]) => a - b)) {
    const text = article.sentences[index]!.text;
    if (labels.size < 2 || backed.has(text)) continue;
    findings.push({
      kind: 'unrelated-sentence',
      subject: String(index),
      message: `sentence ${index} names ${[...labels].join(', ')} but backs no relation: "${text}"`,
      justification: why.get(index) ?? null,
    });
  }
  return findings;
}

function unmentionedEntities(corpus: Corpus): AuditFinding[] {
  const why = new Map(corpus.audit.flatMap((e) => ('entity' in e ? [[e.entity, e.why]] : [])));
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
    corpus.audit.flatMap((e) => ('alias' in e ? [[e.alias.toLowerCase(), e.why]] : [])),
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
