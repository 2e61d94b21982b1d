// Typed errors of the core; doors (HTTP, CLI) map each class to their own answer, never by message.

/** Base class: every error the core throws on purpose. */
export class EssayGraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input (a query, a parameter) is malformed or out of bounds. */
export class InvalidInputError extends EssayGraphError {
  constructor(
    message: string,
    readonly parameter?: string,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** Something named (an entity, a route) does not exist; suggestions say what might have been meant. */
export class NotFoundError extends EssayGraphError {
  constructor(
    message: string,
    readonly suggestions: { id: string; label: string }[] = [],
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** A change clashes with the corpus as it is (a name taken, a document others still need). */
export class ConflictError extends EssayGraphError {}

/** A query would exceed its work budget. */
export class TooExpensiveError extends EssayGraphError {}

export interface CorpusProblem {
  file: string;
  line: number | null;
  message: string;
  fix: string;
}

/** The corpus cannot be loaded; lists every problem found, each with file, line and what to fix. */
export class CorpusError extends EssayGraphError {
  constructor(readonly problems: CorpusProblem[]) {
    super(
      `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
  }
}

function formatProblem(p: CorpusProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.message} — ${p.fix}`;
}

/** What a parse gave, or the problems that stopped it: collected, so that one load reports every file's. */
export type OrProblems<T> = T | { problems: CorpusProblem[] };

/** `parse()`'s value, or the problems of the CorpusError it threw; any other error is thrown on. */
export function orProblems<T>(parse: () => T): OrProblems<T> {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    return { problems: error.problems };
  }
}
