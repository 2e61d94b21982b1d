// The Content-Security-Policy of every page: what the explorer and the embed need, and nothing else.
import { createHash } from 'node:crypto';
import helmet from 'helmet';
import type { RequestHandler, Response } from 'express';

/**
 * Directives over helmet's defaults. Styles come from the app's own files; sigma and the panels set style
 * attributes (`style-src-attr`); fonts are the app's; the layout worker runs from a blob: URL. Checked in
 * Chromium for zero violations (tests/browser/csp.test.ts).
 */
const DIRECTIVES = {
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'font-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'frame-ancestors': ["'none'"],
  // Served over plain HTTP on a LAN, this would send every asset request to an https:// that isn't there.
  'upgrade-insecure-requests': null,
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { directives: DIRECTIVES },
    // HSTS belongs to whoever terminates TLS in front of this server, not to a plain-HTTP service.
    strictTransportSecurity: false,
  });
}

/** `policy` with the directive named in `directive` replaced (or added). */
export function withDirective(policy: string, directive: string): string {
  const name = directive.split(/\s+/)[0]!.toLowerCase();
  const kept = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && d.split(/\s+/)[0]!.toLowerCase() !== name);
  return [...kept, directive].join(';');
}

/** Lets one page use inline `<style>` blocks, each allowed by its hash, and nothing else inline. */
export function allowInlineStyles(res: Response, styles: string[]): void {
  const hashes = styles.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  const policy = String(res.getHeader('Content-Security-Policy') ?? '');
  res.setHeader(
    'Content-Security-Policy',
    withDirective(policy, `style-src ${DIRECTIVES['style-src'].join(' ')} ${hashes.join(' ')}`),
  );
}
