/**
 * window.__zcpsPhotoBench: what tests/bench/photo.bench.ts times, in this
 * extension page only (never in the content script). Each call times one
 * stage on the photo loaded last, inside the page, with performance.now().
 */
import { fixPhoto, headerPixels, photoFactsFromBytes, planFix } from '../../lib/photo';
import { checkPhoto } from '../../lib/rules';
import type { Plan } from '../../lib/rules/plans/types';
import { checkPhotoFile } from '../../lib/features/photo-check';

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
}

declare global {
  interface Window {
    __zcpsPhotoBench?: PhotoBench;
  }
}

export function installBenchHook(win: Window, plan: Plan): void {
  let file = new File([], 'empty.jpg');
  let bytes = new Uint8Array(0);
  const loaded = (): File => {
    if (file.size === 0) throw new Error('__zcpsPhotoBench: load a photo first');
    return file;
  };
  win.__zcpsPhotoBench = {
    load(base64, name) {
      const text = atob(base64);
      bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      file = new File([bytes], name, { type: 'image/jpeg' });
      return bytes.length;
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
  };
}
