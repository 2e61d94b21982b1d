// The exit codes of every CLI (audit, query, export), defined once: the CLIs, their --help and the README use them.

export const EXIT_CODES = {
  /** It did what was asked. */
  ok: 0,
  /** It ran, and the answer is no: no path connects the entities, or the audit has open findings. */
  negative: 1,
  /** The input is wrong: an unknown option, name, format or value, or a broken corpus. */
  badInput: 2,
  /** Anything else failed, such as a file that cannot be written. */
  failure: 3,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Each code in a few words, as --help and the README give them; what "no" means depends on the command. */
export const EXIT_CODE_WORDS: Record<Exclude<keyof typeof EXIT_CODES, 'negative'>, string> = {
  ok: 'done',
  badInput: 'bad input or a broken corpus',
  failure: 'any other failure',
};

/** "Exit codes: 0 done, 1 <negative>, 2 bad input or a broken corpus, 3 any other failure." */
export function exitCodesText(negative: string): string {
  return (
    `Exit codes: ${EXIT_CODES.ok} ${EXIT_CODE_WORDS.ok}, ${EXIT_CODES.negative} ${negative}, ` +
    `${EXIT_CODES.badInput} ${EXIT_CODE_WORDS.badInput}, ${EXIT_CODES.failure} ${EXIT_CODE_WORDS.failure}.`
  );
}
