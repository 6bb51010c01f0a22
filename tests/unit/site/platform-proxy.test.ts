/**
 * The proxy that sends the platform's host name to the replica for Firefox
 * (tests/support/platform-proxy.ts): https arrives as CONNECT and is
 * tunnelled byte for byte to the replica's port (TLS would pass untouched);
 * plain http arrives in absolute form and is forwarded; other hosts are refused.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startPlatformProxy, type PlatformProxy } from '../../support/platform-proxy';

const HOST = 'zcps.rlsbt.zj.gov.cn';

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

function closing(server: net.Server): void {
  closers.push(
    () =>
      new Promise((resolve) => {
        if (server instanceof http.Server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
}

/** A stand-in replica for http: answers with what it was asked. */
async function httpSite(): Promise<number> {
  const server = http.createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ method: request.method, url: request.url, host: request.headers.host }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing(server);
  return (server.address() as AddressInfo).port;
}

/** A stand-in replica port for tunnels: echoes the bytes (the real one would answer a TLS handshake). */
async function rawSite(): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => socket.write(`echo:${chunk.toString('latin1')}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
  });
  closing(server);
  return (server.address() as AddressInfo).port;
}

async function proxyFor(sitePort: number): Promise<PlatformProxy> {
  const proxy = await startPlatformProxy({ sitePort, hosts: [HOST] });
  closers.push(() => proxy.close());
  return proxy;
}

/** Sends a CONNECT and returns the status line and a socket for the tunnel. */
function connect(proxyPort: number, target: string): Promise<{ status: string; socket: net.Socket }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxyPort, '127.0.0.1', () => socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`));
    socket.once('data', (chunk) => resolve({ status: chunk.toString('latin1').split('\r\n')[0] ?? '', socket }));
    socket.once('error', reject);
  });
}

describe('platform proxy', () => {
  it('tunnels CONNECT to the platform host byte for byte to the replica', async () => {
    const proxy = await proxyFor(await rawSite());
    const { status, socket } = await connect(proxy.port, `${HOST}:443`);
    expect(status).toBe('HTTP/1.1 200 Connection Established');
    const echoed = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString('latin1'))));
    socket.write('RAW hello');
    expect(await echoed).toBe('echo:RAW hello');
    socket.destroy();
    expect(proxy.seen).toEqual([`${HOST}:443`]);
  });

  it('refuses CONNECT to any other host', async () => {
    const proxy = await proxyFor(await rawSite());
    const { status, socket } = await connect(proxy.port, 'example.com:443');
    expect(status).toBe('HTTP/1.1 403 Forbidden');
    socket.destroy();
  });

  it('forwards plain http for the platform host with its path, and refuses other hosts', async () => {
    const proxy = await proxyFor(await httpSite());
    const ask = (url: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port: proxy.port, method: 'GET', path: url, headers: { host: new URL(url).host } },
          (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        request.on('error', reject);
        request.end();
      });
    const platform = await ask(`http://${HOST}/028/client/index.jsp?page=photo`);
    expect(platform.status).toBe(200);
    expect(JSON.parse(platform.body)).toEqual({ method: 'GET', url: '/028/client/index.jsp?page=photo', host: HOST });
    expect((await ask('http://example.com/')).status).toBe(403);
  });
});
