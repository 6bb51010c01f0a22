// Types for server.mjs (plain JS so that `node tests/site/server.mjs` runs without a build).

/** One file received on upload.action. */
export interface Upload {
  /** The multipart field name of the file part. */
  field: string;
  filename: string;
  contentType: string;
  bytes: number;
  /** Hex SHA-256 of the received bytes. */
  sha256: string;
  /** ISO time the server received it. */
  receivedAt: string;
  /** The text parts sent with the file (the replica's pages send `slot`, the slot's Chinese name). */
  params: Record<string, string>;
}

export interface Site {
  port: number;
  /** HTTPS origin with a trailing slash, e.g. https://127.0.0.1:8028/ (self-signed certificate). */
  url: string;
  /** The same port in plain HTTP, e.g. http://127.0.0.1:8028/ (Node's fetch, http-page tests). */
  httpUrl: string;
  /** The certificate (PEM) the server made at start, to trust it from Node. */
  cert: string;
  close(): Promise<void>;
  uploads(): Upload[];
  resetUploads(): void;
}

/** The names the certificate is made out to. */
export const CERT_HOSTS: readonly string[];

export function startSite(options?: { port?: number }): Promise<Site>;
