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

/** One object of the sample as plain JSON: a test may set any key to any value, wrong ones included. */
export type JsonRecord = Record<string, unknown>;

/** The sample profile as plain JSON, its sections and lists typed only as far as tests reach into them to break them. */
export interface EditableProfile {
  basic: JsonRecord;
  work: JsonRecord;
  declaration: JsonRecord;
  education: JsonRecord[];
  history: JsonRecord[];
  assessments: JsonRecord[];
  continuingEducation: JsonRecord[];
  achievements: JsonRecord[];
  [key: string]: unknown;
}

/** The sample file as plain JSON. */
export interface EditableFile {
  profiles: EditableProfile[];
  [key: string]: unknown;
}

/** The sample's first profile as plain JSON, to be broken by a test. */
export function editableProfile(): EditableProfile {
  return (JSON.parse(SAMPLE_TEXT) as EditableFile).profiles[0]!;
}

/** A file text with one change applied to the parsed sample. */
export function sampleWith(change: (file: EditableFile) => void): string {
  const file = JSON.parse(SAMPLE_TEXT) as EditableFile;
  change(file);
  return JSON.stringify(file, null, 2);
}

let counter = 0;
/** A unique database name per test, so tests never share state. */
export function dbName(): string {
  counter += 1;
  return `test-${counter}-${Math.random().toString(36).slice(2)}`;
}
