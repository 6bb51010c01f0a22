/**
 * Makes the HEIC test photos in tests/fixtures/heic/ (committed; run again
 * only to change them): node --import tsx scripts/make-heic-fixtures.ts
 *
 * Needs `heif-enc` with the x265 encoder (Debian: apt-get install
 * libheif-examples). The pictures are the drawn ID photo of
 * tests/fixtures/photos.ts at an iPhone's 12 MP:
 * - IMG_0001.HEIC  3024×4032 portrait, no transform (about 0.9 MB, an iPhone's bitrate);
 * - IMG_0001.jpg   the same bytes under a .jpg name (a renamed HEIC);
 * - IMG_0002.HEIC  stored 4032×3024 landscape with an `irot` property that turns
 *                  it 90° clockwise, as iPhones store portrait shots (EXIF
 *                  orientation 6 inside too, which HEIF readers must ignore).
 *
 * heif-enc 1.15 writes no `irot`, so this script adds one to the primary
 * item: a property box appended to `ipco`, its index to the item's `ipma`
 * entry, the enclosing box sizes grown, and the `iloc` file offsets moved.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makePhoto } from '../tests/fixtures/photos';

const OUT = 'tests/fixtures/heic';

interface Box {
  type: string;
  at: number;
  start: number;
  end: number;
}

const u16 = (b: Buffer, at: number): number => b.readUInt16BE(at);
const u32 = (b: Buffer, at: number): number => b.readUInt32BE(at);

function boxesIn(bytes: Buffer, from: number, to: number): Box[] {
  const list: Box[] = [];
  for (let at = from; at + 8 <= to;) {
    const size = u32(bytes, at);
    if (size < 8) throw new Error(`box at ${at}: size ${size} not handled`);
    list.push({ type: bytes.toString('latin1', at + 4, at + 8), at, start: at + 8, end: at + size });
    at += size;
  }
  return list;
}

function find(list: Box[], type: string): Box {
  const box = list.find((b) => b.type === type);
  if (!box) throw new Error(`no ${type} box`);
  return box;
}

function readSized(bytes: Buffer, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 4) return u32(bytes, at);
  if (size === 8) return u32(bytes, at) * 2 ** 32 + u32(bytes, at + 4);
  throw new Error(`iloc field size ${size} not handled`);
}

function writeSized(bytes: Buffer, at: number, size: number, value: number): void {
  if (size === 4) bytes.writeUInt32BE(value, at);
  else if (size === 8) {
    bytes.writeUInt32BE(Math.floor(value / 2 ** 32), at);
    bytes.writeUInt32BE(value % 2 ** 32, at + 4);
  }
}

/** Adds `shift` to every file offset iloc gives (construction method 0). */
function shiftIloc(bytes: Buffer, iloc: Box, shift: number): void {
  const version = bytes[iloc.start] as number;
  let at = iloc.start + 4;
  const offsetSize = (bytes[at] as number) >> 4;
  const lengthSize = (bytes[at] as number) & 15;
  const baseOffsetSize = (bytes[at + 1] as number) >> 4;
  const indexSize = version >= 1 ? (bytes[at + 1] as number) & 15 : 0;
  at += 2;
  const itemCount = version < 2 ? u16(bytes, at) : u32(bytes, at);
  at += version < 2 ? 2 : 4;
  for (let item = 0; item < itemCount; item++) {
    at += version < 2 ? 2 : 4; // item_ID
    let method = 0;
    if (version >= 1) {
      method = u16(bytes, at) & 15;
      at += 2;
    }
    at += 2; // data_reference_index
    const baseAt = at;
    const base = readSized(bytes, at, baseOffsetSize);
    at += baseOffsetSize;
    const extents = u16(bytes, at);
    at += 2;
    const moveBase = method === 0 && baseOffsetSize > 0 && base > 0;
    if (moveBase) writeSized(bytes, baseAt, baseOffsetSize, base + shift);
    for (let extent = 0; extent < extents; extent++) {
      at += indexSize;
      if (method === 0 && !moveBase && offsetSize > 0) writeSized(bytes, at, offsetSize, readSized(bytes, at, offsetSize) + shift);
      at += offsetSize + lengthSize;
    }
  }
}

/** The file with an irot property (anti-clockwise quarter turns) on its primary item. */
function withRotation(file: Buffer, quarterTurnsAnticlockwise: number): Buffer {
  const top = boxesIn(file, 0, file.length);
  const meta = find(top, 'meta');
  const inMeta = boxesIn(file, meta.start + 4, meta.end);
  const pitm = find(inMeta, 'pitm');
  if (file[pitm.start] !== 0) throw new Error('pitm version not handled');
  const primary = u16(file, pitm.start + 4);
  const iprp = find(inMeta, 'iprp');
  const inIprp = boxesIn(file, iprp.start, iprp.end);
  const ipco = find(inIprp, 'ipco');
  const ipma = find(inIprp, 'ipma');
  const propertyIndex = boxesIn(file, ipco.start, ipco.end).length + 1;
  const ipmaVersion = file[ipma.start] as number;
  const wide = ((file[ipma.start + 3] as number) & 1) === 1;
  if (ipmaVersion !== 0 || wide || propertyIndex > 127) throw new Error('ipma layout not handled');

  // The primary item's entry: where its association count sits and where its list ends.
  let at = ipma.start + 8;
  let countAt = -1;
  let listEnd = -1;
  for (let entry = u32(file, ipma.start + 4); entry > 0; entry--) {
    const id = u16(file, at);
    const count = file[at + 2] as number;
    if (id === primary) {
      countAt = at + 2;
      listEnd = at + 3 + count;
    }
    at += 3 + count;
  }
  if (countAt < 0) throw new Error('primary item has no ipma entry');

  const irot = Buffer.from([0, 0, 0, 9, ...Buffer.from('irot', 'latin1'), quarterTurnsAnticlockwise & 3]);
  const association = Buffer.from([0x80 | propertyIndex]); // essential
  const out = Buffer.concat([file.subarray(0, ipco.end), irot, file.subarray(ipco.end, listEnd), association, file.subarray(listEnd)]);
  const grow = (boxAt: number, by: number): void => {
    out.writeUInt32BE(u32(out, boxAt) + by, boxAt);
  };
  const added = irot.length + association.length;
  grow(meta.at, added);
  grow(iprp.at, added);
  grow(ipco.at, irot.length);
  grow(ipma.at + irot.length, association.length); // ipma moved by the irot box
  out[countAt + irot.length] = (out[countAt + irot.length] as number) + 1;
  const iloc = find(boxesIn(out, meta.start + 4, meta.end + added), 'iloc');
  if (iloc.at > ipco.at) throw new Error('iloc after iprp not handled');
  shiftIloc(out, iloc, added);
  return out;
}

function heifEnc(jpeg: Buffer, quality: number): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'heic-fixture-'));
  const input = path.join(dir, 'in.jpg');
  const output = path.join(dir, 'out.heic');
  writeFileSync(input, jpeg);
  execFileSync('heif-enc', ['-q', String(quality), input, '-o', output], { stdio: 'inherit' });
  return readFileSync(output);
}

const portrait = await makePhoto({ width: 3024, height: 4032, noise: 4, quality: 95, minBytes: 0 });
writeFileSync(path.join(OUT, 'IMG_0001.HEIC'), heifEnc(portrait, 45));
copyFileSync(path.join(OUT, 'IMG_0001.HEIC'), path.join(OUT, 'IMG_0001.jpg'));

// Stored turned 90° anti-clockwise (EXIF 6 says so too); irot 3 × 90° anti-clockwise = 90° clockwise turns it upright.
const landscape = await makePhoto({ width: 3024, height: 4032, orientation: 6, noise: 4, quality: 95, minBytes: 0 });
writeFileSync(path.join(OUT, 'IMG_0002.HEIC'), withRotation(heifEnc(landscape, 30), 3));

console.log(`HEIC fixtures written to ${OUT}`);
