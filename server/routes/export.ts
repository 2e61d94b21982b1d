// GET /api/export/<name>: the view (filters, or a path query) as a file: SVG, PNG, report, page or graph data.
import { Router } from 'express';
import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../../graph/errors.js';
import type { LoadedEssay } from '../../graph/essay.js';
import type { ExportBody, ExportFormat } from '../../graph/export/export-types.js';
import { downloadName, EXPORT_FORMATS, exportFormat } from '../../graph/export/formats.js';
import { exportView } from '../../graph/export/view.js';
import type { EssaySource } from '../essay-source.js';
import { IntParam, viewFilterShape } from '../query-schemas.js';
import { parseQuery } from '../validate.js';
import { canonicalKey, viewCache } from '../view-cache.js';
import { NeighborsQuery } from './neighbors.js';
import { PathsQuery } from './paths.js';
import { PATH_LIMITS } from '../../graph/query/request.js';

/** The parameters of /api/graph and of /api/paths; `from` and `to` (both or neither) make it a path view. */
export const ExportQuery = z
  .object({
    ...PathsQuery.shape,
    ...viewFilterShape,
    from: PathsQuery.shape.from.optional(),
    to: PathsQuery.shape.to.optional(),
    focus: z
      .string()
      .min(1)
      .max(200)
      .meta({
        description:
          'A "Neighbours of X" view: only the entities within `depth` relations of this one (id or name).',
      })
      .optional(),
    depth: NeighborsQuery.shape.depth,
    path: IntParam(
      "Of a path view's answers, only this one, counted from 1 (the path selected in the explorer).",
      PATH_LIMITS.k.min,
      PATH_LIMITS.k.max,
    ).optional(),
  })
  .strict();

export const ExportNameParams = z
  .object({
    name: z
      .string()
      .max(100)
      .meta({ description: 'The export, such as `graph.svg` or `report.md`.' }),
  })
  .strict();

export type ExportParams = z.infer<typeof ExportQuery>;

function checkPathParams(params: ExportParams): void {
  const { from, to, via } = params;
  if (from !== undefined && to === undefined)
    throw new InvalidInputError('Parameter `to`: give where the path ends, or drop `from`.', 'to');
  if (to !== undefined && from === undefined)
    throw new InvalidInputError(
      'Parameter `from`: give where the path starts, or drop `to`.',
      'from',
    );
  if (via?.length && from === undefined)
    throw new InvalidInputError('Parameter `via`: waypoints need `from` and `to`.', 'via');
  if (params.path !== undefined && from === undefined)
    throw new InvalidInputError('Parameter `path`: choosing a path needs `from` and `to`.', 'path');
  if (params.focus !== undefined && from !== undefined)
    throw new InvalidInputError(
      'Parameter `focus`: a view is either a path or a neighbourhood; drop `focus` or `from`/`to`.',
      'focus',
    );
  if (params.depth !== undefined && params.focus === undefined)
    throw new InvalidInputError(
      'Parameter `depth`: give the `focus` entity it counts from.',
      'depth',
    );
}

function unknownExport(name: string): NotFoundError {
  return new NotFoundError(
    `No export is called "${name.slice(0, 100)}"; use one of: ${EXPORT_FORMATS.map((f) => f.name).join(', ')}.`,
    EXPORT_FORMATS.map((f) => ({ id: f.name, label: f.description })),
    'name',
  );
}

interface RenderedExport {
  body: Promise<ExportBody>;
  filename: string;
}

/** Drawings cost up to a second of CPU (PNG); the same view is rendered once while it stays in the cache. */
const rendered = viewCache<RenderedExport>(32);

function renderExport(
  essay: LoadedEssay,
  format: ExportFormat,
  params: ExportParams,
): RenderedExport {
  const view = exportView(essay, params);
  return { body: Promise.resolve(format.render(view)), filename: downloadName(format, view) };
}

export function exportRoutes(source: EssaySource): Router {
  return Router().get('/api/export/:name', async (req, res) => {
    const format = exportFormat(req.params.name);
    if (format === null) throw unknownExport(req.params.name);
    const params = parseQuery(ExportQuery, req.query);
    checkPathParams(params);
    const essay = source.current();
    const key = canonicalKey([format.name, params]);
    const { body: rendering, filename } = rendered.get(essay, key, () =>
      renderExport(essay, format, params),
    );
    const body = await rendering;
    res
      // The name is [a-z0-9.-] only, so it needs no filename* form; quoted, as most clients expect.
      .set('Content-Disposition', `attachment; filename="${filename}"`)
      .type(format.contentType)
      .set('Cache-Control', 'no-cache')
      .set(format.headers?.() ?? {})
      .send(body);
  });
}
