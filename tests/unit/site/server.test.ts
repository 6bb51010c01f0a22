import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { get as httpsGet } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../../site/server.mjs';

let site: Site;

beforeAll(async () => {
  site = await startSite({ port: 0 });
});
afterAll(async () => {
  await site.close();
});
beforeEach(() => {
  site.resetUploads();
});

// Node's fetch cannot be told to trust a self-signed certificate: it uses the same port's plain http.
const at = (path: string) => new URL(path, site.httpUrl).href;

/** A GET over TLS that trusts only the certificate the server made, for the given host name. */
function getOverTls(path: string, servername: string): Promise<{ status: number; body: string; subjectAltName: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsGet({ host: '127.0.0.1', port: site.port, path, ca: site.cert, servername, headers: { Host: servername } }, (res) => {
      const chunks: Buffer[] = [];
      const socket = res.socket as import('node:tls').TLSSocket;
      const subjectAltName = socket.getPeerCertificate().subjectaltname ?? '';
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), subjectAltName }));
    });
    req.on('error', reject);
  });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A GET with an arbitrary Host header (fetch does not let us set one). */
function getWithHost(path: string, host: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startSite', () => {
  it('listens on a free port and gives its https origin and the plain http one', () => {
    expect(site.port).toBeGreaterThan(0);
    expect(site.url).toBe(`https://127.0.0.1:${site.port}/`);
    expect(site.httpUrl).toBe(`http://127.0.0.1:${site.port}/`);
    expect(site.cert).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('speaks TLS with its own certificate, made out to the platform host name', async () => {
    const res = await getOverTls('/028/client/index.jsp', 'zcps.rlsbt.zj.gov.cn');
    expect(res.status).toBe(200);
    expect(res.body).toContain('name="mainFrame"');
    expect(res.subjectAltName).toContain('DNS:zcps.rlsbt.zj.gov.cn');
  });

  it('makes a new certificate at every start', async () => {
    const other = await startSite({ port: 0 });
    try {
      expect(other.cert).not.toBe(site.cert);
    } finally {
      await other.close();
    }
  });
});

describe('pages', () => {
  // The page map of tests/site/README.md: every page is served as HTML.
  it.each([
    ['/028/client/index.jsp', '浙江省专业技术职务任职资格申报与评审管理平台'],
    ['/028/client/home.jsp', '用户中心首页'],
    ['/028/client/person/baseInfo.jsp', '现专业技术资格'],
    ['/028/client/person/achieveList.jsp', '新增业绩'],
    ['/028/client/declare/planList.jsp', '2024年度浙江省工程技术人员高级工程师资格评审申报计划'],
    ['/028/client/declare/planView.jsp?planId=330100202401028', '马上申报'],
    ['/028/client/declare/photo.jsp', '选择照片'],
    ['/028/client/declare/promise.jsp', '《专业技术资格申报材料真实性保证书》'],
    ['/028/client/declare/info.jsp', '转（兼）评'],
    ['/028/client/declare/achieve.jsp', '是否集体项目'],
    ['/028/client/declare/attach.jsp?type=%E7%A0%B4%E6%A0%BC%E7%94%B3%E6%8A%A5', '破格推荐中级专业技术职务任职资格审批表'],
    ['/028/client/declare/preview.jsp', '提交'],
    ['/028/client/record/myRecords.jsp', '马上支付'],
    ['/028/client/record/exportReview.jsp', '导出评审表'],
    ['/028/client/big.jsp', 'FIELD_COUNT = 1000'],
  ])('serves %s as UTF-8 HTML', async (path, text) => {
    const res = await fetch(at(path));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain(text);
  });

  it.each([
    ['/028/client/css/client.css', 'text/css; charset=utf-8'],
    ['/028/client/js/common.js', 'text/javascript; charset=utf-8'],
    ['/028/client/images/qrcode.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const res = await fetch(at(path));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('answers any Host header, as the real host name mapped by Chromium', async () => {
    const res = await getWithHost('/028/client/index.jsp', 'zcps.rlsbt.zj.gov.cn:8028');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('name="mainFrame"');
  });

  it('sets the platform session cookie on the shell', async () => {
    const res = await fetch(at('/028/client/index.jsp'));
    expect(res.headers.get('set-cookie')).toMatch(/^028JSESSIONID=/);
  });

  it('redirects / to the entry page', async () => {
    const res = await fetch(at('/'), { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/028/client/index.jsp');
  });

  it.each([
    ['/028/client/nothing.jsp'],
    ['/028/client/..%2f..%2f..%2fserver.mjs'],
    ['/028/client/%2e%2e/%2e%2e/%2e%2e/server.mjs'],
    ['/028/client/css'],
  ])('answers 404 for %s', async (path) => {
    const res = await getWithHost(path, 'localhost');
    expect(res.status).toBe(404);
  });
});

describe('upload.action', () => {
  it('records each file with its size and hash, and answers JSON with a URL', async () => {
    const bytes = new Uint8Array(40_000).map((_, i) => (i * 7) % 256);
    const form = new FormData();
    form.append('slot', '证件照');
    form.append('file', new File([bytes], '证件照 张三.jpg', { type: 'image/jpeg' }));
    const res = await fetch(at('/028/client/upload.action'), { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { ok: boolean; url: string; name: string };
    expect(answer.ok).toBe(true);
    expect(answer.name).toBe('证件照 张三.jpg');

    const [record, ...rest] = site.uploads();
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      field: 'file',
      filename: '证件照 张三.jpg',
      contentType: 'image/jpeg',
      bytes: 40_000,
      sha256: sha256(bytes),
      params: { slot: '证件照' },
    });
    expect(Date.parse(record?.receivedAt ?? '')).not.toBeNaN();

    // The returned URL gives back the same bytes (the page shows it as the thumbnail).
    const back = await fetch(at(answer.url));
    expect(back.headers.get('content-type')).toBe('image/jpeg');
    expect(sha256(new Uint8Array(await back.arrayBuffer()))).toBe(sha256(bytes));
  });

  it('records several files of one request, in order, and empty files too', async () => {
    const form = new FormData();
    form.append('column56', new File(['%PDF-1.4 a'], 'a.pdf', { type: 'application/pdf' }));
    form.append('column56', new File([], 'empty.pdf', { type: 'application/pdf' }));
    await fetch(at('/028/client/upload.action'), { method: 'POST', body: form });
    expect(site.uploads().map((u) => [u.field, u.filename, u.bytes])).toEqual([
      ['column56', 'a.pdf', 10],
      ['column56', 'empty.pdf', 0],
    ]);
  });

  it('shows the record on GET /__test/uploads and clears it on POST /__test/uploads/reset', async () => {
    const form = new FormData();
    form.append('column53', new File(['x'], '合同.pdf', { type: 'application/pdf' }));
    await fetch(at('/028/client/upload.action'), { method: 'POST', body: form });

    const listed = (await (await fetch(at('/__test/uploads'))).json()) as { filename: string }[];
    expect(listed.map((u) => u.filename)).toEqual(['合同.pdf']);

    const reset = await fetch(at('/__test/uploads/reset'), { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(site.uploads()).toEqual([]);
    expect(await (await fetch(at('/__test/uploads'))).json()).toEqual([]);
  });

  it.each([
    ['a body that is not multipart', { 'Content-Type': 'text/plain' }, 'hello'],
    [
      'a multipart body without a file',
      undefined,
      (() => {
        const f = new FormData();
        f.append('slot', 'x');
        return f;
      })(),
    ],
    [
      'a truncated multipart body',
      { 'Content-Type': 'multipart/form-data; boundary=b' },
      '--b\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nabc',
    ],
  ])('refuses %s with 400 and records nothing', async (_case, headers, body) => {
    const res = await fetch(at('/028/client/upload.action'), { method: 'POST', headers, body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(false);
    expect(site.uploads()).toEqual([]);
  });

  it('returns copies, so a caller cannot change the record', async () => {
    const form = new FormData();
    form.append('file', new File(['x'], 'a.jpg', { type: 'image/jpeg' }));
    await fetch(at('/028/client/upload.action'), { method: 'POST', body: form });
    const first = site.uploads();
    first[0]!.filename = 'changed';
    expect(site.uploads()[0]?.filename).toBe('a.jpg');
  });
});

describe('other actions', () => {
  it.each([
    ['/028/client/personInfoAction!save.action'],
    ['/028/client/declareAction!submit.action'],
    ['/028/client/achieveAction!save.action'],
  ])('POST %s answers {ok:true}', async (path) => {
    const res = await fetch(at(path), { method: 'POST', body: new URLSearchParams({ column3: '张三' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('refuses other methods on pages', async () => {
    const res = await fetch(at('/028/client/index.jsp'), { method: 'PUT', body: 'x' });
    expect(res.status).toBe(405);
  });
});
