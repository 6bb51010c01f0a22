// A small multipart/form-data parser (RFC 7578) working on one Buffer.
// Enough for the replica's upload.action: the browser sends the whole body,
// the server buffers it and hands it here.

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * The boundary named in a Content-Type header, or null when the header is not
 * multipart/form-data or has no boundary.
 * @param {string | undefined} contentType
 * @returns {string | null}
 */
export function boundaryOf(contentType) {
  if (!contentType) return null;
  const [type, ...params] = splitParams(contentType);
  if (type?.trim().toLowerCase() !== 'multipart/form-data') return null;
  for (const param of params) {
    const { key, value } = parseParam(param);
    if (key === 'boundary' && value) return value;
  }
  return null;
}

/**
 * Splits a multipart/form-data body into its parts.
 * Throws an Error with a clear message when the body is malformed.
 * @param {Buffer} body
 * @param {string} contentType the request's Content-Type header
 * @returns {{ name: string, filename?: string, contentType?: string, headers: Record<string, string>, data: Buffer }[]}
 */
export function parseMultipart(body, contentType) {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error(`not multipart/form-data with a boundary: ${contentType}`);
  const delimiter = Buffer.from(`--${boundary}`);
  // Every delimiter after the first is preceded by CRLF, which belongs to it.
  const nextDelimiter = Buffer.concat([CRLF, delimiter]);

  let pos = body.indexOf(delimiter);
  if (pos === -1) throw new Error('multipart body has no boundary line');
  const parts = [];
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts; // "--": closing delimiter
    pos = skipLinearWhitespace(body, pos);
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) throw new Error(`boundary line not followed by CRLF at byte ${pos}`);
    const start = pos + 2;
    const end = body.indexOf(nextDelimiter, start);
    if (end === -1) throw new Error('multipart body ends inside a part (no closing boundary)');
    parts.push(parsePart(body.subarray(start, end)));
    pos = end + CRLF.length;
  }
}

/** @param {Buffer} raw one part: headers, blank line, content */
function parsePart(raw) {
  // A part with no headers starts directly with the blank line.
  const headerEnd = raw.subarray(0, 2).equals(CRLF) ? 0 : raw.indexOf(HEADER_END);
  if (headerEnd === -1) throw new Error('multipart part has no blank line after its headers');
  const headers = parseHeaders(raw.subarray(0, headerEnd).toString('utf8'));
  const data = raw.subarray(headerEnd === 0 ? 2 : headerEnd + HEADER_END.length);

  const disposition = headers['content-disposition'];
  if (!disposition) throw new Error('multipart part has no Content-Disposition header');
  const [kind, ...params] = splitParams(disposition);
  if (kind?.trim().toLowerCase() !== 'form-data') throw new Error(`unexpected Content-Disposition: ${disposition}`);
  /** @type {Record<string, string>} */
  const values = {};
  for (const param of params) {
    const { key, value } = parseParam(param);
    if (key) values[key] = value;
  }
  if (values.name === undefined) throw new Error('multipart part has no name');

  /** @type {{ name: string, filename?: string, contentType?: string, headers: Record<string, string>, data: Buffer }} */
  const part = { name: unescapeFormName(values.name), headers, data };
  const extended = values['filename*'];
  if (extended !== undefined) part.filename = decodeExtended(extended);
  else if (values.filename !== undefined) part.filename = unescapeFormName(values.filename);
  if (headers['content-type']) part.contentType = headers['content-type'].trim();
  return part;
}

/** @param {string} text */
function parseHeaders(text) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of text.split('\r\n')) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed part header: ${line}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Splits "a; b=c; d=\"e;f\"" on semicolons outside quotes. @param {string} text */
function splitParams(text) {
  const out = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '\\' && i + 1 < text.length) {
      current += ch + text[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out;
}

/** "key=value" or 'key="quoted \"value\""' → { key (lower case), value }. @param {string} param */
function parseParam(param) {
  const eq = param.indexOf('=');
  if (eq === -1) return { key: param.trim().toLowerCase(), value: '' };
  const key = param.slice(0, eq).trim().toLowerCase();
  let value = param.slice(eq + 1).trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return { key, value };
}

// The HTML spec has browsers write ", CR and LF in names as %22, %0D and %0A.
/** @param {string} value */
function unescapeFormName(value) {
  return value.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

// RFC 5987 form: charset'language'percent-encoded (UTF-8 or ISO-8859-1).
/** @param {string} value */
function decodeExtended(value) {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) return value;
  const charset = (match[1] ?? '').toLowerCase();
  const bytes = [];
  const encoded = match[2] ?? '';
  for (let i = 0; i < encoded.length; i++) {
    const hex = encoded.slice(i + 1, i + 3);
    if (encoded[i] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(encoded.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes).toString(charset === 'iso-8859-1' ? 'latin1' : 'utf8');
}

/** Transport padding: spaces and tabs allowed after a boundary. @param {Buffer} body @param {number} pos */
function skipLinearWhitespace(body, pos) {
  while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
  return pos;
}
