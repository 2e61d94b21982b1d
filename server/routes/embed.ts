// GET /embed: the read-only embed page, the one page other sites may frame (CSP frame-ancestors, per EMBED_ORIGINS).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Router } from 'express';
import { withDirective } from '../csp.js';

/** Who may frame /embed: anyone, or a list of origins (`https://example.org`, `https://*.example.org`). */
export type EmbedOrigins = '*' | string[];

/** A CSP host-source we accept: scheme, host (a leading `*.` allowed) and port; nothing that could end a directive. */
const ORIGIN = /^(?:'self'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

export function isEmbedOrigin(text: string): boolean {
  return ORIGIN.test(text);
}

/** The `frame-ancestors` directive for `origins`; a bad origin throws, since it would go into a header. */
export function frameAncestors(origins: EmbedOrigins): string {
  if (origins === '*') return 'frame-ancestors *';
  const bad = origins.find((o) => !isEmbedOrigin(o));
  if (bad !== undefined || origins.length === 0)
    throw new Error(
      `EMBED_ORIGINS: "${bad ?? ''}" is not an origin; give * or a comma-separated list such as https://example.org,https://*.example.net`,
    );
  return `frame-ancestors ${origins.join(' ')}`;
}

/** The policy helmet set for every page, with its `frame-ancestors` replaced (or added). */
export function withFrameAncestors(policy: string, directive: string): string {
  return withDirective(policy, directive);
}

export function embedRoutes(clientDir: string, origins: EmbedOrigins): Router {
  const page = resolve(clientDir, 'embed.html');
  const directive = frameAncestors(origins);
  // Without a build there is no page: the route is not served and /embed gets the 404 problem.
  if (!existsSync(page)) return Router();
  return Router().get('/embed', (_req, res) => {
    const policy = String(res.getHeader('Content-Security-Policy') ?? '');
    res.setHeader('Content-Security-Policy', withFrameAncestors(policy, directive));
    // helmet's X-Frame-Options (SAMEORIGIN) would contradict the policy in older browsers; every other page keeps it.
    res.removeHeader('X-Frame-Options');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
}
