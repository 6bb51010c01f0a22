// The local replica of the platform (zcps.rlsbt.zj.gov.cn): serves
// tests/site/public/ as the real paths (/028/client/index.jsp …), accepts
// uploads on upload.action and records what arrived, for tests to read.
//
//   node tests/site/server.mjs [port]     (default 8028)
//
// HTTPS, as the real platform, with a throwaway self-signed certificate made
// at start (browsers are told to ignore certificate errors). The same port
// also answers plain HTTP (the first byte of a connection tells TLS apart),
// so tests can show that the assistant stays off an http page of the host.
// Any Host header is accepted, so Chromium can reach it as
// https://zcps.rlsbt.zj.gov.cn/ via --host-resolver-rules.

import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from 'selfsigned';
import { parseMultipart } from './multipart.mjs';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const ENTRY = '/028/client/index.jsp';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const DEFAULT_PORT = 8028;
/** The names the certificate is made out to: the platform, the other test origins, this machine. */
export const CERT_HOSTS = ['zcps.rlsbt.zj.gov.cn', 'elsewhere.example.test', 'localhost'];
/** The first byte of a TLS handshake record. */
const TLS_HANDSHAKE = 0x16;

const CONTENT_TYPES = {
  '.jsp': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/**
 * Starts the replica. Port 0 picks a free port.
 * @param {{ port?: number }} [options]
 */
export async function startSite({ port = 0 } = {}) {
  /** @type {import('./server.d.mts').Upload[]} */
  let records = [];
  /** Uploaded bytes by id, so pages can show what the server holds (the photo thumbnail). */
  /** @type {Map<string, { data: Buffer, contentType: string }>} */
  let stored = new Map();
  let nextId = 1;

  /** @type {import('node:http').RequestListener} */
  const onRequest = (req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) sendText(res, 500, `server error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  };
  const { key, cert } = await makeCertificate();
  const plain = createServer(onRequest);
  const secure = createTlsServer({ key, cert }, onRequest);
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  // One port for both: a connection that opens with a TLS handshake goes to the HTTPS server.
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('error', () => socket.destroy());
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://replica.local');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/__test/uploads' && method === 'GET') return sendJson(res, 200, records);
    if (path === '/__test/uploads/reset' && method === 'POST') {
      resetUploads();
      return sendJson(res, 200, { ok: true });
    }
    if (method === 'POST' && path.endsWith('/upload.action')) return receiveUpload(req, res);
    if (method === 'POST' && path.endsWith('.action')) {
      await readBody(req); // save.action, submit.action …: the replica keeps nothing
      return sendJson(res, 200, { ok: true });
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'method not allowed');

    const uploaded = /^\/028\/upload\/files\/(\d+)\//.exec(path);
    if (uploaded) {
      const file = stored.get(uploaded[1] ?? '');
      if (!file) return sendText(res, 404, 'no such upload');
      res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.data.length, 'Cache-Control': 'no-store' });
      return res.end(method === 'HEAD' ? undefined : file.data);
    }
    if (path === '/' || path === '/028/' || path === '/028/client/' || path === '/028/client') {
      res.writeHead(302, { Location: ENTRY });
      return res.end();
    }
    return serveStatic(path, method, res);
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function receiveUpload(req, res) {
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { ok: false, msg: `上传内容超过 ${MAX_BODY_BYTES} 字节` });
    let parts;
    try {
      parts = parseMultipart(body, req.headers['content-type'] ?? '');
    } catch (error) {
      return sendJson(res, 400, { ok: false, msg: error instanceof Error ? error.message : String(error) });
    }
    /** @type {Record<string, string>} */
    const params = {};
    for (const part of parts) if (part.filename === undefined) params[part.name] = part.data.toString('utf8');

    // An empty file input is sent with filename="": not a file.
    const files = parts.filter((part) => part.filename !== undefined && part.filename !== '');
    if (files.length === 0) return sendJson(res, 400, { ok: false, msg: '没有收到文件' });
    const answers = files.map((part) => {
      const id = String(nextId++);
      const filename = part.filename ?? '';
      const contentType = part.contentType ?? 'application/octet-stream';
      stored.set(id, { data: Buffer.from(part.data), contentType });
      records.push({
        field: part.name,
        filename,
        contentType,
        bytes: part.data.length,
        sha256: createHash('sha256').update(part.data).digest('hex'),
        receivedAt: new Date().toISOString(),
        params: { ...params },
      });
      return { url: `/028/upload/files/${id}/${encodeURIComponent(filename)}`, name: filename };
    });
    const first = answers[0];
    return sendJson(res, 200, { ok: true, url: first?.url, name: first?.name, files: answers });
  }

  function resetUploads() {
    records = [];
    stored = new Map();
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  return {
    port: actualPort,
    url: `https://127.0.0.1:${actualPort}/`,
    httpUrl: `http://127.0.0.1:${actualPort}/`,
    cert,
    close: () =>
      new Promise((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        plain.close();
        secure.close();
        server.close((error) => (error ? reject(error) : resolve(undefined)));
      }),
    uploads: () => records.map((record) => ({ ...record, params: { ...record.params } })),
    resetUploads,
  };
}

/** A fresh key and self-signed certificate (EC P-256: made in milliseconds), valid for a week. */
async function makeCertificate() {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 7 * 24 * 3600 * 1000);
  const altNames = [...CERT_HOSTS.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }];
  const pems = await generate([{ name: 'commonName', value: CERT_HOSTS[0] }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}

/** @param {string} path @param {string} method @param {import('node:http').ServerResponse} res */
async function serveStatic(path, method, res) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return sendText(res, 400, 'bad path');
  }
  const file = normalize(join(PUBLIC_DIR, decoded));
  if (!file.startsWith(PUBLIC_DIR) || decoded.includes('\0')) return sendText(res, 404, 'not found');
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) return sendText(res, 404, `not found: ${path}`);
  const data = await readFile(file);
  /** @type {Record<string, string | number>} */
  const headers = {
    'Content-Type': CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
  };
  // The real platform's session cookie, so pages look logged in.
  if (file.endsWith(`${sep}index.jsp`)) headers['Set-Cookie'] = '028JSESSIONID=replica0000000000000000000000028; Path=/028; HttpOnly';
  res.writeHead(200, headers);
  res.end(method === 'HEAD' ? undefined : data);
}

/** The whole request body, or null when it is larger than MAX_BODY_BYTES. @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let tooBig = false;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      tooBig = true; // keep draining so the client gets the answer
    else chunks.push(chunk);
  }
  return tooBig ? null : Buffer.concat(chunks);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} value */
function sendJson(res, status, value) {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
function sendText(res, status, text) {
  const body = Buffer.from(text);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
}

// CLI: node tests/site/server.mjs [port]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? DEFAULT_PORT);
  const site = await startSite({ port });
  console.log(
    `replica of zcps.rlsbt.zj.gov.cn: ${site.url}028/client/index.jsp (self-signed certificate; also plain http on the same port)`,
  );
  console.log(
    `as the real host: chromium --ignore-certificate-errors --host-resolver-rules="MAP zcps.rlsbt.zj.gov.cn 127.0.0.1:${site.port}" https://zcps.rlsbt.zj.gov.cn/028/client/index.jsp`,
  );
  const stop = () => site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
