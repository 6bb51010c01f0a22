// Types for multipart.mjs.

export interface Part {
  name: string;
  /** Present for file parts (possibly ""), absent for text fields. */
  filename?: string;
  contentType?: string;
  /** Part headers, names in lower case. */
  headers: Record<string, string>;
  data: Buffer;
}

export function boundaryOf(contentType: string | undefined): string | null;
export function parseMultipart(body: Buffer, contentType: string): Part[];
