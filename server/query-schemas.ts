// zod schemas of the query parameters the routes share: years, booleans, lists and the view filters.
import { z } from 'zod';
import { MAX_LIST_VALUES, PATH_LIMITS } from '../graph/query/request.js';
import { RELATION_TYPES } from '../graph/relation-types.js';
import { ENTITY_KINDS, MODALITIES } from '../graph/types.js';
import { parseWholeNumber } from '../graph/whole-number.js';

/** A repeated parameter arrives as an array; an absent or empty value as '' — both normalised here. */
function toList(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Repeated (`via=a&via=b`) and comma-separated (`via=a,b`) forms are both accepted. */
export function listParam<T extends string = string>(
  description: string,
  allowed?: readonly T[],
  max = MAX_LIST_VALUES,
) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform(toList)
    .superRefine((items, ctx) => {
      if (items.length > max)
        ctx.addIssue({ code: 'custom', message: `give at most ${max} values` });
      const known: readonly string[] | undefined = allowed;
      const unknown = known ? items.find((v) => !known.includes(v)) : undefined;
      if (unknown !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `unknown value "${unknown.slice(0, 100)}"; use one of: ${allowed!.join(', ')}`,
        });
    })
    .transform((items) => items as T[])
    .meta({
      description: allowed
        ? `${description} Repeated or comma-separated; one of: ${allowed.join(', ')}.`
        : `${description} Repeated or comma-separated.`,
    });
}

export const BoolParam = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'use true, false, 1 or 0' })
    .transform((v) => v === 'true' || v === '1')
    .meta({ description });

/**
 * An integer parameter, written in decimal digits only (graph/whole-number.ts, as in the one-line query): `0x0A`,
 * `1e1` or ` 3` are refused on every route alike. An empty value is an error, not zero.
 */
export const IntParam = (description: string, min: number, max: number) => {
  const message = `give a whole number from ${min} to ${max}`;
  return z
    .preprocess(
      (v) => (typeof v === 'string' ? (parseWholeNumber(v) ?? v) : v),
      z.number({ error: message }).int(message).min(min, message).max(max, message),
    )
    .meta({ description });
};

export const YearParam = IntParam(
  'Keep only relations whose time holds this year; undated relations are timeless and always kept.',
  PATH_LIMITS.year.min,
  PATH_LIMITS.year.max,
);

export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES);

export const RelationsParam = listParam('Keep only relations of these types.', RELATION_TYPE_IDS);
export const FactsParam = BoolParam(
  'Keep only relations stated as facts (not claims, hypotheticals or questions).',
);

/** One modality filter for views and paths: the explorer sends the modalities its legend shows. */
export const ModalitiesParam = listParam(
  'Keep only relations stated in these modalities (the explorer sends the ones its legend shows).',
  MODALITIES,
);

/** The view filters of /api/graph and /api/neighbors. */
export const viewFilterShape = {
  at: YearParam.optional(),
  relations: RelationsParam.optional(),
  kinds: listParam('Keep only entities of these kinds.', ENTITY_KINDS).optional(),
  facts: FactsParam.optional(),
  modalities: ModalitiesParam.optional(),
};

export const ViewFilterQuery = z.object(viewFilterShape).strict();

/** Path parameter `:id` of /api/entities/:id and /api/neighbors/:id. */
export const EntityIdParams = z
  .object({
    id: z.string().min(1).max(200).meta({
      description: 'The entity id, such as `nikita-khrushchev` (search with /api/entities?q=).',
    }),
  })
  .strict();
