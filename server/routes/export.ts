// GET /api/export/<name>: the view (filters, or a path query) as a file: SVG, PNG, report, page or graph data.
import { checkScope } from '../../graph/query/documents.js';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { checkExportParams, parseParams } from '../../contract/parse.js';
import { ExportQuery } from '../../contract/schemas.js';
import { NotFoundError } from '../../graph/errors.js';
import type { LoadedEssay } from '../../graph/essay.js';
import type { ExportBody, ExportFormat, ExportView } from '../../export/export-types.js';
import { downloadName, EXPORT_FORMATS, exportFormat } from '../../export/formats.js';
import { FORMAT_LIST, type FormatName } from '../../export/format-list.js';
import { htmlContentSecurityPolicy } from '../../export/html.js';
import { exportView } from '../../export/view.js';
import type { EssaySource } from '../essay-source.js';
import { renderQueue, type RenderQueue } from '../render-queue.js';
import { canonicalKey, viewCache } from '../view-cache.js';

/** The route's parameters, defined in contract/ (the API docs import them from here). */
export { ExportQuery };

export const ExportNameParams = z
  .object({
    name: z
      .string()
      .max(100)
      .meta({ description: 'The export, such as `graph.svg` or `report.md`.' }),
  })
  .strict();

/** The drawings: costly to render (up to a second of CPU), so they wait in the render queue and have a budget. */
export const DRAWING_EXPORTS: readonly string[] = FORMAT_LIST.filter((f) => f.drawing).map(
  (f) => f.name,
);

/**
 * Response headers a download needs beyond its type: graph.html's own Content-Security-Policy, since
 * frame-ancestors works only as a header (a meta CSP ignores it): served, the page refuses to be framed.
 */
const DOWNLOAD_HEADERS: Partial<Record<FormatName, () => Record<string, string>>> = {
  'graph.html': () => ({
    'Content-Security-Policy': `${htmlContentSecurityPolicy()}; frame-ancestors 'none'`,
  }),
};

function unknownExport(name: string): NotFoundError {
  return new NotFoundError(
    `No export is called "${name.slice(0, 100)}"; use one of: ${EXPORT_FORMATS.map((f) => f.name).join(', ')}.`,
    EXPORT_FORMATS.map((f) => ({ id: f.name, label: f.description })),
    'name',
  );
}

/**
 * What the file shows, whatever the spelling typed: the filters as given and the path query as resolved (entity
 * ids, settings). `from=Trump-Administration` and `from=trump-administration` are one view, one render.
 */
function viewKey(format: ExportFormat, view: ExportView): string {
  // Every parameter counts but the names as typed, which count as the entities they resolve to.
  const { from, via, to, focus, ...settings } = view.params;
  const query = view.query && {
    ids: [view.query.from, ...view.query.via, view.query.to].map((r) => r.id),
    k: view.query.k,
    maxHops: view.query.maxHops,
    directed: view.query.directed,
    filters: view.query.filters,
  };
  return canonicalKey([format.name, settings, view.focus?.id ?? null, query]);
}

/** Rendered files, per loaded essay; a drawing is stored once rendered, never while it waits or fails. */
const rendered = viewCache<{ body: ExportBody }>(32);

/** Aborted when the client hangs up before its answer is sent: its drawing is then dropped from the queue. */
function clientGone(res: Response): AbortSignal {
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone.signal;
}

type Render = () => ExportBody | Promise<ExportBody>;

async function cachedRender(essay: LoadedEssay, key: string, render: Render): Promise<ExportBody> {
  const cached = rendered.peek(essay, key);
  return (cached ?? rendered.set(essay, key, { body: await render() })).body;
}

/** A drawing not in the cache waits its turn; by then another request may have rendered the same view. */
function renderDrawing(
  essay: LoadedEssay,
  key: string,
  render: Render,
  queue: RenderQueue,
  signal: AbortSignal,
): Promise<ExportBody> {
  const cached = rendered.peek(essay, key);
  if (cached) return Promise.resolve(cached.body);
  return queue.run(() => cachedRender(essay, key, render), signal);
}

export function exportRoutes(source: EssaySource, queue: RenderQueue = renderQueue()): Router {
  return Router().get('/api/export/:name', async (req, res) => {
    const format = exportFormat(req.params.name);
    if (format === null) throw unknownExport(req.params.name);
    const params = parseParams(ExportQuery, req.query);
    checkExportParams(params);
    const essay = source.current();
    checkScope(essay.corpus, params.doc);
    const view = exportView(essay, params);
    const key = viewKey(format, view);
    const render = () => format.render(view);
    const signal = clientGone(res);
    let body: ExportBody;
    try {
      body = DRAWING_EXPORTS.includes(format.name)
        ? await renderDrawing(essay, key, render, queue, signal)
        : await cachedRender(essay, key, render);
    } catch (error) {
      if (signal.aborted) return; // Nobody is listening any more.
      throw error;
    }
    res
      // The name is [a-z0-9.-] only, so it needs no filename* form; quoted, as most clients expect.
      .set('Content-Disposition', `attachment; filename="${downloadName(format, view)}"`)
      .type(format.contentType)
      .set('Cache-Control', 'no-cache')
      .set(DOWNLOAD_HEADERS[format.name]?.() ?? {})
      .send(body);
  });
}
