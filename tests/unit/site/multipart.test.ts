import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '../../site/multipart.mjs';

const CT = 'multipart/form-data; boundary=XyZ';

/** Builds a body from lines joined by CRLF; binary parts are spliced in as Buffers. */
function body(...pieces: (string | Buffer)[]): Buffer {
  return Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));
}

describe('boundaryOf', () => {
  it.each([
    ['multipart/form-data; boundary=XyZ', 'XyZ'],
    ['multipart/form-data; boundary="a b;c"', 'a b;c'],
    ['Multipart/Form-Data;BOUNDARY=----WebKitFormBoundary7MA4YWxk', '----WebKitFormBoundary7MA4YWxk'],
    ['multipart/form-data; charset=utf-8; boundary=q', 'q'],
  ])('reads the boundary of %s', (header, expected) => {
    expect(boundaryOf(header)).toBe(expected);
  });

  it.each([[undefined], [''], ['application/x-www-form-urlencoded'], ['multipart/form-data'], ['multipart/mixed; boundary=abc']])(
    'gives null for %s',
    (header) => {
      expect(boundaryOf(header)).toBeNull();
    },
  );
});

describe('parseMultipart', () => {
  it('splits text and file parts, keeping binary bytes intact', () => {
    const binary = Buffer.from([0xff, 0xd8, 0xff, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xd9]);
    const parts = parseMultipart(
      body(
        '--XyZ\r\n',
        'Content-Disposition: form-data; name="slot"\r\n\r\n',
        '证件照\r\n',
        '--XyZ\r\n',
        'Content-Disposition: form-data; name="file"; filename="照片 1.jpg"\r\n',
        'Content-Type: image/jpeg\r\n\r\n',
        binary,
        '\r\n--XyZ--\r\n',
      ),
      CT,
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ name: 'slot' });
    expect(parts[0]?.filename).toBeUndefined();
    expect(parts[0]?.data.toString('utf8')).toBe('证件照');
    expect(parts[1]).toMatchObject({ name: 'file', filename: '照片 1.jpg', contentType: 'image/jpeg' });
    expect(parts[1]?.data.equals(binary)).toBe(true);
  });

  it('does not end a part at "--boundary" without the CRLF before it', () => {
    const parts = parseMultipart(body('--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nx--XyZ y\r\n--XyZ--'), CT);
    expect(parts[0]?.data.toString()).toBe('x--XyZ y');
  });

  it('ignores the preamble and the epilogue, and accepts empty parts', () => {
    const parts = parseMultipart(
      body(
        'preamble text\r\n--XyZ\r\nContent-Disposition: form-data; name="f"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--XyZ--\r\nepilogue',
      ),
      CT,
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]?.filename).toBe('');
    expect(parts[0]?.data.length).toBe(0);
  });

  it.each([
    ['quote escaped by the browser', 'filename="a%22b.pdf"', 'a"b.pdf'],
    ['backslash-escaped quote', 'filename="a\\"b.pdf"', 'a"b.pdf'],
    ['semicolon inside quotes', 'filename="a;b.pdf"', 'a;b.pdf'],
    ['RFC 5987 extended form wins', 'filename="x.pdf"; filename*=UTF-8\'\'%E5%90%88%E5%90%8C.pdf', '合同.pdf'],
    ['unquoted', 'filename=plain.pdf', 'plain.pdf'],
  ])('decodes the file name: %s', (_case, param, expected) => {
    const parts = parseMultipart(body(`--XyZ\r\nContent-Disposition: form-data; name="f"; ${param}\r\n\r\nz\r\n--XyZ--`), CT);
    expect(parts[0]?.filename).toBe(expected);
  });

  it('lower-cases header names', () => {
    const parts = parseMultipart(body('--XyZ\r\ncontent-disposition: form-data; name="a"\r\nX-Extra: 1\r\n\r\nv\r\n--XyZ--'), CT);
    expect(parts[0]?.headers).toEqual({ 'content-disposition': 'form-data; name="a"', 'x-extra': '1' });
  });

  it.each([
    ['no boundary in the header', body('--XyZ\r\n'), 'multipart/form-data', /boundary/],
    ['no boundary line in the body', body('hello'), CT, /no boundary line/],
    ['no closing boundary', body('--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nv'), CT, /ends inside a part/],
    ['no blank line after headers', body('--XyZ\r\nContent-Disposition: form-data; name="a"\r\n--XyZ--'), CT, /blank line/],
    ['no Content-Disposition', body('--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--'), CT, /Content-Disposition/],
    ['no name', body('--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--'), CT, /no name/],
    ['boundary line without CRLF', body('--XyZjunk\r\n\r\n--XyZ--'), CT, /CRLF/],
  ])('refuses a malformed body: %s', (_case, raw, contentType, message) => {
    expect(() => parseMultipart(raw, contentType)).toThrow(message);
  });

  it('reads what Node’s own FormData encoder writes', async () => {
    const form = new FormData();
    form.append('slot', '劳动（聘用）合同');
    form.append('column52', new File([new Uint8Array([1, 2, 3, 13, 10])], '合同 "2024".pdf', { type: 'application/pdf' }));
    const request = new Request('http://x/', { method: 'POST', body: form });
    const raw = Buffer.from(await request.arrayBuffer());
    const parts = parseMultipart(raw, request.headers.get('content-type') ?? '');
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['slot', undefined, undefined],
      ['column52', '合同 "2024".pdf', 'application/pdf'],
    ]);
    expect([...(parts[1]?.data ?? [])]).toEqual([1, 2, 3, 13, 10]);
  });
});
