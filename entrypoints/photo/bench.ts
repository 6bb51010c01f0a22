/**
 * window.__zcpsPhotoBench: what tests/bench/photo.bench.ts times, in this
 * extension page only (never in the content script). Each call times one
 * stage on the photo loaded last, inside the page, with performance.now().
 */
import { fixPhoto, headerPixels, photoFactsFromBytes, planFix } from '../../lib/photo';
import { checkPhoto } from '../../lib/rules';
import type { Plan } from '../../lib/rules/plans/types';
import { checkPhotoFile } from '../../lib/photo-gate/check';
import type { HeicConverter } from '../../lib/photo/heic';

const heicDecoder = () => import('../../lib/photo/heic-decode');
const convertHeic: HeicConverter = async (bytes) => (await heicDecoder()).convertHeic(bytes);

export interface PhotoBench {
  /** Keeps the photo (base64 bytes) for the timings below; returns its size in bytes. */
  load(base64: string, name: string): number;
  /** ms: facts from the bytes, the 50 MP guard, the photo.* rules and the fix plan — no decode. */
  verdict(): number;
  /** ms: the whole check as the upload gate runs it (reading the file, background statistics included). */
  check(): Promise<{ ms: number; findings: string[] }>;
  /** ms: the fix (decode, crop, scale, quality search); the output's size. */
  fix(): Promise<{ ms: number; bytes: number; width: number; height: number }>;
  /** ms: the baseline, a bare full-size createImageBitmap decode of the same file. */
  decode(): Promise<number>;
  /** ms: what the applicant waits for with the loaded photo: the gate's check, then 修正照片 (the JPEG path, the HEIC's baseline). */
  checkAndFix(): Promise<number>;
  /** Keeps a HEIC (base64 bytes) for the timings below; returns its size in bytes. */
  loadHeic(base64: string, name: string): number;
  /** ms: loading libheif in this page (fetching and compiling its .wasm); 0 once loaded. */
  heicLoad(): Promise<number>;
  /** ms: converting the HEIC with the decoder loaded: libheif's decode, and the upright JPEG's encode. */
  heicConvert(): Promise<{ decodeMs: number; encodeMs: number; width: number; height: number }>;
  /** ms: HEIC bytes → fixed JPEG as the applicant waits for it: the check (conversion included), then 修正照片. */
  heicCheckAndFix(): Promise<{ ms: number; bytes: number; width: number; height: number }>;
}

declare global {
  interface Window {
    __zcpsPhotoBench?: PhotoBench;
  }
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function installBenchHook(win: Window, plan: Plan): void {
  let file = new File([], 'empty.jpg');
  let bytes = new Uint8Array(new ArrayBuffer(0));
  let heic = new File([], 'empty.heic');
  const loaded = (): File => {
    if (file.size === 0) throw new Error('__zcpsPhotoBench: load a photo first');
    return file;
  };
  const loadedHeic = (): File => {
    if (heic.size === 0) throw new Error('__zcpsPhotoBench: load a HEIC first');
    return heic;
  };
  win.__zcpsPhotoBench = {
    load(base64, name) {
      bytes = fromBase64(base64);
      file = new File([bytes], name, { type: 'image/jpeg' });
      return bytes.length;
    },
    loadHeic(base64, name) {
      const heicBytes = fromBase64(base64);
      heic = new File([heicBytes], name, { type: 'image/heic' });
      return heicBytes.length;
    },
    verdict() {
      const started = performance.now();
      const facts = photoFactsFromBytes(loaded().name, bytes);
      headerPixels(bytes);
      checkPhoto(facts, plan);
      planFix(facts, plan.photo);
      return performance.now() - started;
    },
    async check() {
      const started = performance.now();
      const check = await checkPhotoFile(loaded(), file.name, plan);
      return { ms: performance.now() - started, findings: check.findings.map((finding) => finding.ruleId) };
    },
    async fix() {
      const started = performance.now();
      const fixed = await fixPhoto(loaded(), file.name, plan.photo);
      return { ms: performance.now() - started, bytes: fixed.bytes, width: fixed.width, height: fixed.height };
    },
    async decode() {
      const started = performance.now();
      const bitmap = await createImageBitmap(loaded(), { imageOrientation: 'from-image' });
      const ms = performance.now() - started;
      bitmap.close();
      return ms;
    },
    async checkAndFix() {
      const started = performance.now();
      const check = await checkPhotoFile(loaded(), file.name, plan);
      await fixPhoto(file, file.name, plan.photo, { decoded: check.decoded });
      return performance.now() - started;
    },
    async heicLoad() {
      const { loadDecoder } = await heicDecoder();
      const started = performance.now();
      await loadDecoder();
      return performance.now() - started;
    },
    async heicConvert() {
      const converted = await convertHeic(new Uint8Array(await loadedHeic().arrayBuffer()));
      if (converted.timings.loadMs > 0) throw new Error('__zcpsPhotoBench: call heicLoad first (load and decode are timed apart)');
      return {
        decodeMs: converted.timings.decodeMs,
        encodeMs: converted.timings.encodeMs,
        width: converted.width,
        height: converted.height,
      };
    },
    async heicCheckAndFix() {
      const started = performance.now();
      const check = await checkPhotoFile(loadedHeic(), heic.name, plan, { convertHeic });
      if (!check.decoded) throw new Error('__zcpsPhotoBench: the HEIC was not converted');
      const fixed = await fixPhoto(heic, heic.name, plan.photo, { decoded: check.decoded });
      return { ms: performance.now() - started, bytes: fixed.bytes, width: fixed.width, height: fixed.height };
    },
  };
}
