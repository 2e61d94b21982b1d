// The start-up line's address: where the server really listens, and a warning when that is every interface.
import type { AddressInfo } from 'node:net';

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '::0', '0:0:0:0:0:0:0:0']);

export interface ListenMessage {
  /** The URL to open: the bound address, or localhost when bound to every interface (0.0.0.0 is not a place). */
  url: string;
  allInterfaces: boolean;
  message: string;
}

export function listenMessage(address: AddressInfo): ListenMessage {
  const allInterfaces = ALL_INTERFACES.has(address.address);
  // An IPv6 literal goes in brackets inside a URL.
  const host = allInterfaces
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  const url = `http://${host}:${address.port}`;
  const message = allInterfaces
    ? `essay graph at ${url}, listening on all interfaces (${address.address}): reachable from other machines; set HOST=127.0.0.1 to keep it local`
    : `essay graph at ${url}`;
  return { url, allInterfaces, message };
}
