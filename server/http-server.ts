// The HTTP server around the app: requests Node rejects before Express sees them still get a problem document.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import { PROBLEM_TYPES } from '../contract/problem.js';

/** Node's own limit on the request line and headers (16 KiB), stated so the docs and the problem agree. */
const MAX_HEADER_BYTES = 16 * 1024;

/**
 * How long a client may take, and how many may be connected at once. Node's defaults (60 s for headers, checked
 * every 30 s, no cap) let slow senders hold a connection for over a minute each, without limit.
 */
export const HTTP_LIMITS = {
  /** The request line and headers must arrive within this. */
  headersTimeoutMs: 10_000,
  /** The whole request must arrive within this (there are no request bodies). */
  requestTimeoutMs: 30_000,
  /** How often Node checks those two timeouts. */
  checkIntervalMs: 1_000,
  /** Connections beyond this are closed at once. */
  maxConnections: 1_000,
};

/** What each error Node raises before Express answers; anything else is a plain 400. */
const CLIENT_ERRORS: Record<string, { status: number; title: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    title: 'Request Header Fields Too Large',
    detail: `The request line and headers exceed ${MAX_HEADER_BYTES} bytes; shorten the URL.`,
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    title: 'Request Timeout',
    detail: 'The request was not received in time; send it again, whole.',
  },
};

const BAD_REQUEST = {
  status: 400,
  title: 'Bad Request',
  detail: 'The request could not be parsed as HTTP.',
};

export function createHttpServer(app: Express, limits: Partial<typeof HTTP_LIMITS> = {}): Server {
  const { headersTimeoutMs, requestTimeoutMs, checkIntervalMs, maxConnections } = {
    ...HTTP_LIMITS,
    ...limits,
  };
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: checkIntervalMs,
    },
    app,
  );
  server.maxConnections = maxConnections;
  trackConnections(server);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const { status, title, detail } = CLIENT_ERRORS[error.code ?? ''] ?? BAD_REQUEST;
    const body = JSON.stringify({ type: PROBLEM_TYPES.badRequest.type, title, status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}

/** Each server's open connections, and those with a request being answered. */
const connections = new WeakMap<Server, { open: Set<Socket>; answering: Set<Socket> }>();

function trackConnections(server: Server): void {
  const open = new Set<Socket>();
  const answering = new Set<Socket>();
  connections.set(server, { open, answering });
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  server.on('request', (req, res) => {
    answering.add(req.socket);
    res.on('close', () => answering.delete(req.socket));
  });
}

/**
 * Shutting down: closes every connection not being answered, including those whose request is still arriving
 * (Node's closeIdleConnections keeps these, so one half-sent request would hold the drain until its deadline).
 * Returns how many were closed.
 */
export function closeUnansweredConnections(server: Server): number {
  const tracked = connections.get(server);
  if (!tracked) return 0;
  let closed = 0;
  for (const socket of tracked.open)
    if (!tracked.answering.has(socket)) {
      socket.destroy();
      closed++;
    }
  return closed;
}
