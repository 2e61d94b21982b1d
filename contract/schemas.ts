// The zod form of the parameter definitions: what the routes and the CLI validate with, and what the API docs show.
import { z } from 'zod';
import {
  VIEW_PARAMS,
  type FlagParamDef,
  type IntParamDef,
  type ListParamDef,
  type TextParamDef,
} from './params.js';
import {
  checkList,
  FLAG_MESSAGE,
  FLAG_SPELLINGS,
  readFlag,
  splitList,
  wholeNumberMessage,
} from './values.js';
import { isSlug, SLUG_RULE } from '../graph/document-slug.js';
import { parseWholeNumber } from '../graph/whole-number.js';

/** Repeated (`via=a&via=b`) and comma-separated (`via=a,b`) forms are both accepted. */
function listParam<T extends string = string>(
  def: Omit<ListParamDef, 'values'> & { values?: readonly T[] },
) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform(splitList)
    .superRefine((items, ctx) => {
      const read = checkList(items, def);
      if (!read.ok) ctx.addIssue({ code: 'custom', message: read.message });
    })
    .transform((items) => items as T[])
    .meta({
      description: def.values
        ? `${def.meaning} Repeated or comma-separated; one of: ${def.values.join(', ')}.`
        : `${def.meaning} Repeated or comma-separated.`,
    });
}

/** `true`, `false`, `1` or `0`. */
const flagParam = (def: Pick<FlagParamDef, 'meaning'>) =>
  z
    .enum(FLAG_SPELLINGS as [string, ...string[]], { error: FLAG_MESSAGE })
    .transform((v) => {
      const read = readFlag(v);
      return read.ok && read.value;
    })
    .meta({ description: def.meaning });

/**
 * An integer parameter, written in decimal digits only (graph/whole-number.ts, as in the one-line query): `0x0A`,
 * `1e1` or ` 3` are refused on every route alike. An empty value is an error, not zero.
 */
export const intParam = (def: Pick<IntParamDef, 'meaning' | 'min' | 'max'>) => {
  const message = wholeNumberMessage(def);
  return z
    .preprocess(
      (v) => (typeof v === 'string' ? (parseWholeNumber(v) ?? v) : v),
      z.number({ error: message }).int(message).min(def.min, message).max(def.max, message),
    )
    .meta({ description: def.meaning });
};

/** An entity named by id, label, alias or name. */
const nameParam = (def: Pick<TextParamDef, 'meaning' | 'maxLength'>) =>
  z.string().trim().min(1, 'name an entity').max(def.maxLength).meta({ description: def.meaning });

const P = VIEW_PARAMS;

/** `doc`: document slugs; whether each names a loaded document is the route's to check (it knows the corpus). */
const DocParam = listParam(P.doc).superRefine((slugs, ctx) => {
  const bad = slugs.find((slug) => !isSlug(slug));
  if (bad !== undefined)
    ctx.addIssue({
      code: 'custom',
      message: `"${bad.slice(0, 40)}" is not a document slug (${SLUG_RULE})`,
    });
});

const YearParam = intParam(P.at);
const RelationsParam = listParam(P.relations);
const FactsParam = flagParam(P.facts);
const ModalitiesParam = listParam(P.modalities);

/** The view filters of /api/graph, /api/neighbors and /api/export. */
const viewFilterShape = {
  doc: DocParam.optional(),
  at: YearParam.optional(),
  relations: RelationsParam.optional(),
  kinds: listParam(P.kinds).optional(),
  facts: FactsParam.optional(),
  modalities: ModalitiesParam.optional(),
};

export const ViewFilterQuery = z.object(viewFilterShape).strict();

/** /api/paths: a path question and the filters it runs under. */
export const PathsQuery = z
  .object({
    from: nameParam(P.from),
    to: nameParam(P.to),
    via: listParam(P.via).optional(),
    k: intParam(P.k).optional(),
    maxHops: intParam(P.maxHops).optional(),
    directed: flagParam(P.directed).optional(),
    relations: RelationsParam.optional(),
    avoidKinds: listParam(P.avoidKinds).optional(),
    facts: FactsParam.optional(),
    modalities: ModalitiesParam.optional(),
    at: YearParam.optional(),
    doc: DocParam.optional(),
  })
  .strict();

const DepthParam = intParam(P.depth);

/** /api/neighbors/:id: how far, and the view filters. */
export const NeighborsQuery = z
  .object({ depth: DepthParam.optional(), ...viewFilterShape })
  .strict();

/** /api/export and the export CLI: the parameters of /api/graph and of /api/paths; `from` and `to` make a path view. */
export const ExportQuery = z
  .object({
    ...PathsQuery.shape,
    ...viewFilterShape,
    from: PathsQuery.shape.from.optional(),
    to: PathsQuery.shape.to.optional(),
    focus: z
      .string()
      .min(1)
      .max(P.focus.maxLength)
      .meta({ description: P.focus.meaning })
      .optional(),
    depth: DepthParam.optional(),
    path: intParam(P.path).optional(),
  })
  .strict();

export type ExportParams = z.infer<typeof ExportQuery>;

/** /api/query: one line of the query syntax. */
export const oneLineParam = (examples: readonly string[], options: string) =>
  z
    .string()
    .min(1, 'type a query such as `mao -> khrushchev`')
    .max(P.q.maxLength)
    .meta({ description: `${P.q.meaning} (${options}).`, examples: [...examples] });

/** `doc` alone: the scope of /api/entities, /api/entities/:id, /api/query and /api/article. */
export const DocScopeQuery = z.object({ doc: DocParam.optional() }).strict();

/** Path parameter `:slug` of /api/documents/:slug. */
export const DocumentSlugParams = z
  .object({
    slug: z
      .string()
      .refine(isSlug, `give a document slug (${SLUG_RULE}), as listed by /api/documents`)
      .meta({ description: 'The document slug, such as `zivo-russia-china`.' }),
  })
  .strict();

/** Path parameter `:id` of /api/entities/:id and /api/neighbors/:id. */
export const EntityIdParams = z
  .object({
    id: z.string().min(1).max(200).meta({
      description: 'The entity id, such as `nikita-khrushchev` (search with /api/entities?q=).',
    }),
  })
  .strict();

const MetaText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `give the ${what}, or leave it out`)
    .max(max)
    .meta({ description: `The document's ${what}.` });

/** POST /api/documents: a new document, as plain text (or Markdown) or as a web page's HTML, with its header facts. */
export const NewDocumentBody = z
  .object({
    text: z
      .string()
      .min(1, 'the text is empty')
      .optional()
      .meta({ description: 'The text as received: plain text or Markdown.' }),
    html: z
      .string()
      .min(1, 'the page is empty')
      .optional()
      .meta({ description: "A web page's HTML: the article is kept, the page around it dropped." }),
    title: MetaText('title', 300),
    author: MetaText('author', 200).optional(),
    publication: MetaText('publication', 200).optional(),
    date: MetaText('date of publication (such as 2025 or 2025-03-04)', 40).optional(),
    url: MetaText('address where it was published', 2000).optional(),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    message: 'give the document as `text` or as `html`, one of the two',
    path: ['text'],
  });

/** The body as a client sends it (the explorer's add dialog): zod's input type, so the two never drift. */
export type NewDocument = z.input<typeof NewDocumentBody>;
