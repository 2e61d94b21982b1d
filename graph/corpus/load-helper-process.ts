// A helper process of a large corpus's load (load-helpers.ts): reads text files into articles, then spreads the layout.
/// <reference types="node" />
import type { HelperArticle, HelperTask, HelperUsage } from './load-helpers.js';
import { matchNames, mentionIndex, type MentionIndex } from './mentions.js';
import { parseArticle } from './parse-article.js';
import { portableArticle } from './portable-article.js';
import { triplesOf } from './portable-matches.js';
import type { TextFile } from './parse-document.js';
import { orProblems } from '../errors.js';
import { spreadStructure } from '../layout-structure.js';

/** The registry's names, and each entity's index in the list sent: matches travel as indexes. */
let registry: { index: MentionIndex; indexOf: Map<string, number> } = {
  index: mentionIndex([]),
  indexOf: new Map(),
};

process.on('message', (task: HelperTask) => {
  process.send!(answer(task));
});
// When the load that started it ends, or its process is gone, the channel closes and nothing keeps this one running.

function answer(task: HelperTask) {
  if ('registry' in task) {
    const indexOf = new Map(task.registry.map((e, i) => [e.id, i]));
    registry = { index: mentionIndex(task.registry), indexOf };
    return true;
  }
  if ('essays' in task) return task.essays.map((essay) => orProblems(() => read(essay)));
  if ('structure' in task) {
    // The texts' garbage goes first: the spread comes while the server's own graph is being built, its peak.
    (globalThis as { gc?: () => void }).gc?.();
    return spreadStructure(task.structure, task.options);
  }
  return usage();
}

function read(essay: TextFile): HelperArticle {
  const article = parseArticle(essay);
  const matches = matchNames(article.text, registry.index);
  return { article: portableArticle(article), matches: triplesOf(matches, registry.indexOf) };
}

function usage(): HelperUsage {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  return { peakRss: maxRSS * 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 };
}
