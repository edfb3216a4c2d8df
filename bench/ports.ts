import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP port free on loopback right now, for a server the benchmark starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
