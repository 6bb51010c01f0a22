/**
 * A tiny HTTP proxy that sends the platform's real host name to the local
 * replica, for browsers without Chromium's --host-resolver-rules (Firefox).
 * The browser is pointed at it for every request (http and https): https
 * arrives as CONNECT and is tunnelled to the replica's port untouched (TLS
 * stays between the browser and the replica); plain http arrives in absolute
 * form and is forwarded. Every other host is refused, so nothing leaves the
 * machine. No /etc/hosts, no root.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface PlatformProxy {
  port: number;
  /** host:port requests seen, in order (the tests may check nothing else was asked for). */
  seen: string[];
  close(): Promise<void>;
}

export async function startPlatformProxy(options: { sitePort: number; hosts: readonly string[] }): Promise<PlatformProxy> {
  const allowed = new Set(options.hosts.map((host) => host.toLowerCase()));
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();

  const server = http.createServer((request, response) => {
    let target: URL;
    try {
      target = new URL(request.url ?? '');
    } catch {
      response.writeHead(400).end('absolute URL expected');
      return;
    }
    seen.push(`${target.hostname}:${target.port || '80'}`);
    if (!allowed.has(target.hostname.toLowerCase())) {
      response.writeHead(403).end('host not served here');
      return;
    }
    const forward = http.request(
      {
        host: '127.0.0.1',
        port: options.sitePort,
        method: request.method,
        path: `${target.pathname}${target.search}`,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.writeHead(502).end());
    request.pipe(forward);
  });

  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = '', port = '443'] = (request.url ?? '').split(':');
    seen.push(`${host}:${port}`);
    if (!allowed.has(host.toLowerCase())) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(options.sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
