// Validates query strings with zod and turns the first issue into an InvalidInputError naming the parameter.
import type { z } from 'zod';
import { InvalidInputError } from '../graph/errors.js';

export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // An unknown parameter has an empty path: name the parameter itself.
  const parameter =
    issue.code === 'unrecognized_keys'
      ? issue.keys[0]
      : issue.path.map(String).join('.') || undefined;
  const detail = parameter ? `Parameter \`${parameter}\`: ${issue.message}` : issue.message;
  throw new InvalidInputError(detail, parameter);
}
