/**
 * Hand-built JPEG byte streams for parser tests: exact control over every
 * segment (sizes, EXIF byte order, GPS directory, broken lengths).
 * Not decodable pictures — just the structure the parser walks.
 */

export const SOI = [0xff, 0xd8];
export const EOI = [0xff, 0xd9];

export function concat(...parts: (readonly number[] | Uint8Array)[]): Uint8Array {
  const length = parts.reduce((total, part) => total + part.length, 0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** FF marker, 2-byte length (payload + 2), payload. */
export function segment(marker: number, payload: readonly number[] | Uint8Array): Uint8Array {
  const length = payload.length + 2;
  return concat([0xff, marker, length >> 8, length & 0xff], payload);
}

export function app0Jfif(): Uint8Array {
  return segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
}

export function sof(width: number, height: number, components = 3, marker = 0xc0): Uint8Array {
  const payload = [8, height >> 8, height & 0xff, width >> 8, width & 0xff, components];
  for (let i = 1; i <= components; i++) payload.push(i, i === 1 ? 0x22 : 0x11, 0);
  return segment(marker, payload);
}

export function sos(components = 3): Uint8Array {
  const payload = [components];
  for (let i = 1; i <= components; i++) payload.push(i, 0x00);
  payload.push(0, 63, 0);
  return segment(0xda, payload);
}

/** Entropy-coded data with stuffed bytes (FF 00) and a restart marker, as real scans have. */
export function scanData(length = 64): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push((i * 37) & 0xfe);
  out.push(0xff, 0x00, 0x12, 0xff, 0xd0, 0x34, 0xff, 0x00);
  return Uint8Array.from(out);
}

export interface ExifSpec {
  little?: boolean;
  orientation?: number;
  /** TIFF type of the orientation entry: 3 SHORT (standard) or 4 LONG. */
  orientationType?: 3 | 4;
  /** Tags in the GPS directory; undefined = no GPS pointer. */
  gpsTags?: number[];
  /** Point the GPS pointer outside the block. */
  gpsPointerOutside?: boolean;
}

/** APP1 "Exif\0\0" + a TIFF block with IFD0 (orientation, GPS pointer) and a GPS IFD. */
export function exifApp1(spec: ExifSpec): Uint8Array {
  const little = spec.little ?? true;
  const u16 = (value: number): number[] => (little ? [value & 0xff, value >> 8] : [value >> 8, value & 0xff]);
  const u32 = (value: number): number[] =>
    little
      ? [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24]
      : [value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  const entries: number[][] = [];
  if (spec.orientation !== undefined) {
    const type = spec.orientationType ?? 3;
    const value = type === 3 ? [...u16(spec.orientation), 0, 0] : u32(spec.orientation);
    entries.push([...u16(0x0112), ...u16(type), ...u32(1), ...value]);
  }
  const ifd0Size = 2 + 12 * (entries.length + (spec.gpsTags ? 1 : 0)) + 4;
  const gpsOffset = spec.gpsPointerOutside ? 0xfffff0 : 8 + ifd0Size;
  if (spec.gpsTags) entries.push([...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsOffset)]);
  const tiff: number[] = [...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8)];
  tiff.push(...u16(entries.length));
  for (const entry of entries) tiff.push(...entry);
  tiff.push(...u32(0));
  if (spec.gpsTags && !spec.gpsPointerOutside) {
    tiff.push(...u16(spec.gpsTags.length));
    for (const tag of spec.gpsTags) tiff.push(...u16(tag), ...u16(1), ...u32(2), 0x4e, 0, 0, 0);
    tiff.push(...u32(0));
  }
  return segment(0xe1, [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
}

/** A complete small JPEG structure: SOI APP0 [extra] SOF SOS scan EOI. */
export function jpeg(
  options: { width?: number; height?: number; components?: number; marker?: number; before?: Uint8Array[] } = {},
): Uint8Array {
  return concat(
    SOI,
    app0Jfif(),
    ...(options.before ?? []),
    sof(options.width ?? 413, options.height ?? 579, options.components ?? 3, options.marker ?? 0xc0),
    sos(options.components ?? 3),
    scanData(),
    EOI,
  );
}
