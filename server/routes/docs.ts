// GET /api/openapi.json and GET /api/docs: the OpenAPI document, and the same rendered as a plain HTML page.
import { Router } from 'express';
import { allowInlineStyles } from '../csp.js';
import type { EssaySource } from '../essay-source.js';
import { PROBLEM_TYPE_LIST } from '../../contract/problem.js';
import { API_OPERATIONS, openApiDocument, parametersOf } from '../openapi.js';
import type { ApiOperation } from '../openapi/operations.js';

export function docsRoutes(_source: EssaySource): Router {
  let page: string | null = null;
  return Router()
    .get('/api/openapi.json', (_req, res) => {
      res.json(openApiDocument());
    })
    .get('/api/docs', (_req, res) => {
      page ??= renderDocsPage();
      allowInlineStyles(res, [DOCS_STYLE]);
      res.type('html').send(page);
    });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Backticked spans become <code>; everything else is escaped. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** The page's one inline style, allowed by its hash in the page's Content-Security-Policy. */
const DOCS_STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{font-size:.9em;background:#f4f4f4;padding:0 .2em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
pre.prose{white-space:pre-wrap;font:inherit}
`;

/** Server-rendered, no script at all: the CSP forbids inline scripts, and the page needs none. */
function renderDocsPage(): string {
  const operations = API_OPERATIONS.map((op) => {
    const params = [...parametersOf(op.pathParams, 'path'), ...parametersOf(op.query, 'query')];
    const rows = params
      .map(
        (p) =>
          `<tr><td><code>${escapeHtml(String(p.name))}</code>${p.required ? ' <em>required</em>' : ''}</td>` +
          `<td>${escapeHtml(String(p.in))}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td>` +
          `<td>${prose(String(p.description ?? ''))}</td></tr>`,
      )
      .join('\n');
    const table = params.length
      ? `<table><thead><tr><th>parameter</th><th>in</th><th>schema</th><th>meaning</th></tr></thead>\n<tbody>${rows}</tbody></table>`
      : '<p>No parameters.</p>';
    const problems = op.problems.length
      ? `<p>Problems: ${op.problems.map((s) => problemLink(s)).join(', ')}</p>`
      : '';
    const description = op.description ? `<pre class="prose">${prose(op.description)}</pre>` : '';
    return `<section id="${anchorOf(op)}"><h2><code>${methodOf(op)} ${escapeHtml(op.path)}</code></h2>
<p>${prose(op.summary)}</p>${description}
${table}
<p>${op.status ?? 200}: ${prose(op.response.description)}</p>${problems}</section>`;
  }).join('\n');

  const problemTypes = PROBLEM_TYPE_LIST.map(
    (p) =>
      `<section id="problem-${p.slug}"><h3>${escapeHtml(p.title)} (${p.status})</h3>` +
      `<p><code>type: /api/docs#problem-${p.slug}</code></p><p>${prose(p.text)}</p></section>`,
  ).join('\n');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Essay graph API</title>
<style>${DOCS_STYLE}</style></head>
<body>
<h1>Essay graph API</h1>
<p>Every answer is JSON; every error is an RFC 9457 problem document (<code>application/problem+json</code>).
The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<nav><ul>${API_OPERATIONS.map((op) => `<li><a href="#${anchorOf(op)}"><code>${methodOf(op)} ${escapeHtml(op.path)}</code></a></li>`).join('')}
<li><a href="#problems">Problems</a></li></ul></nav>
${operations}
<section id="problems"><h2>Problems</h2>
${problemTypes}
</section>
</body></html>
`;
}

const methodOf = (op: ApiOperation) => (op.method ?? 'get').toUpperCase();

/** `route-graph` for GET /api/graph; a write's anchor names its method: `route-post-documents`. */
function anchorOf({ path, method = 'get' }: ApiOperation): string {
  return (
    `route-${method === 'get' ? '' : `${method}-`}` +
    path
      .replace(/^\/api\//, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/-$/, '')
  );
}

function problemLink(status: number): string {
  const type = PROBLEM_TYPE_LIST.find((p) => p.status === status)!;
  return `<a href="#problem-${type.slug}">${status} ${escapeHtml(type.title)}</a>`;
}
