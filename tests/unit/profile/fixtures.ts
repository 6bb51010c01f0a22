/** Shared test data: the harness's sample profile file and small builders. */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import type { Profile, ProfileFile } from '../../../lib/profile/types';

export const SAMPLE_TEXT = readFileSync(fileURLToPath(new NodeURL('../../fixtures/profile.sample.json', import.meta.url)), 'utf8');

export function sampleFile(): ProfileFile {
  return JSON.parse(SAMPLE_TEXT) as ProfileFile;
}

export function sampleProfile(): Profile {
  return sampleFile().profiles[0] as Profile;
}

/** A file text with one change applied to the parsed sample. */
export function sampleWith(change: (file: Record<string, unknown> & { profiles: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(SAMPLE_TEXT) as Record<string, unknown> & { profiles: Record<string, unknown>[] };
  change(file);
  return JSON.stringify(file, null, 2);
}

let counter = 0;
/** A unique database name per test, so tests never share state. */
export function dbName(): string {
  counter += 1;
  return `test-${counter}-${Math.random().toString(36).slice(2)}`;
}
