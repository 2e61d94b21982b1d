// The HTTP server around the app: slow or half-sent requests get a 408 problem, and connections are capped.
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../contract/problem.js';
import { createHttpServer, HTTP_LIMITS } from '../../server/http-server.js';
import { appFor } from '../helpers/app.js';
import { MINI_CORPUS } from '../helpers/fixtures.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = undefined;
});

async function listen(limits: Partial<typeof HTTP_LIMITS>): Promise<number> {
  server = createHttpServer(await appFor(MINI_CORPUS), limits);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** Everything the server sends on `socket` until it closes it. */
async function received(socket: Socket): Promise<string> {
  let text = '';
  socket.on('data', (d) => (text += d));
  // Not events.once: that rejects on 'error', and a refused connection is reset, which is the point.
  await new Promise((resolve) => socket.on('close', resolve));
  return text;
}

describe('createHttpServer', () => {
  it('should set header and request timeouts and a connection cap by default', async () => {
    server = createHttpServer(await appFor(MINI_CORPUS));
    expect(server.headersTimeout).toBe(HTTP_LIMITS.headersTimeoutMs);
    expect(server.requestTimeout).toBe(HTTP_LIMITS.requestTimeoutMs);
    expect(server.maxConnections).toBe(HTTP_LIMITS.maxConnections);
    expect(HTTP_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(20_000);
  });

  it('should answer a client too slow to send its headers with a 408 problem', async () => {
    const port = await listen({
      headersTimeoutMs: 500,
      requestTimeoutMs: 1000,
      checkIntervalMs: 100,
    });
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const started = Date.now();
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    const answer = await received(socket);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toMatch(/Content-Type: application\/problem\+json/);
    expect(JSON.parse(answer.split('\r\n\r\n')[1]!)).toMatchObject({
      type: PROBLEM_TYPES.badRequest.type,
      status: 408,
      title: 'Request Timeout',
    });
  });

  it('should refuse connections past the cap', async () => {
    const port = await listen({ maxConnections: 2 });
    const sockets = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
    await Promise.all(sockets.map((s) => once(s, 'connect')));
    // The server counts a connection once it has accepted it: ask on both so both are surely in.
    const errors: string[] = [];
    for (const s of sockets) s.on('error', (e) => errors.push(e.message));
    const third = connect(port, '127.0.0.1');
    third.on('error', () => {});
    third.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await received(third)).toBe('');
    const first = sockets[0]!;
    first.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(await received(first)).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(errors).toEqual([]);
    sockets[1]!.destroy();
  });
});
