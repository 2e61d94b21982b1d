// The HTTP server around the app: requests Node rejects before Express sees them still get a problem document.
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';

/** Node's own limit on the request line and headers (16 KiB), stated so the docs and the problem agree. */
export const MAX_HEADER_BYTES = 16 * 1024;

export function createHttpServer(app: Express): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const title = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
    const body = JSON.stringify({
      type: '/api/docs#problem-bad-request',
      title,
      status,
      detail: tooLarge
        ? `The request line and headers exceed ${MAX_HEADER_BYTES} bytes; shorten the URL.`
        : 'The request could not be parsed as HTTP.',
    });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
