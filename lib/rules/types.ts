/**
 * The rules engine's public types: rule metadata, findings, and the plain-data
 * inputs of each rule family. No DOM, no browser globals: the content script,
 * popup and photo code build these inputs and render the findings.
 */
import type { Meaning } from '../meanings';
import type { Profile } from '../profile/types';
import type { Step } from '../steps';
import type { Plan } from './plans/types';

export type { Plan } from './plans/types';

export type Level = 'error' | 'warn' | 'info';

export interface Text {
  zh: string;
  en: string;
}

export type Family = 'photo' | 'commitment' | 'declaration' | 'achievement' | 'attachment' | 'submit' | 'profile';

/**
 * Which plans a rule serves: 'platform' rules hold for every plan on the
 * platform (photo, ID number, file integrity, limits a page states); 'guide'
 * rules are the applicant guide's own requirements (杭州市制造业专业工程师) and
 * run only for plans of that series.
 */
export type Scope = 'platform' | 'guide';

/** The input each kind of rule checks; `RuleMeta.input` names one of these. */
export interface RuleInputs {
  photo: PhotoFacts;
  declaration: DeclarationInput;
  achievements: AchievementsInput;
  attachments: AttachmentsInput;
  attachmentFile: AttachmentFileInput;
  submit: SubmitInput;
  profile: ProfileInput;
  reminder: ReminderInput;
}

export type InputKind = keyof RuleInputs;

export interface RuleMeta {
  /** Stable public id (docs/rules.md), e.g. 'photo.filesize'. */
  id: string;
  /** The highest level the rule can report. */
  level: Level;
  family: Family;
  scope: Scope;
  /** Section of the guide, e.g. '二.1', '三.2'. */
  guide: string;
  /** One sentence: what the rule checks. */
  docs: Text;
  /** ESLint-style message ids; templates use {placeholders}. */
  messages: Record<string, Text>;
  /** What the check reads: the entry points (checkPhoto, checkAttachments …) run the rules of one kind. */
  input: InputKind;
  /**
   * A required field left empty. Its findings say so (`Finding.required`):
   * inline they wait for the applicant's first input on the page, the panel
   * lists them at once.
   */
  required?: true;
  /** Reminder rules only: the steps whose panel shows the reminder. */
  steps?: readonly Step[];
}

export type Target = Meaning | 'achievements' | 'submit' | 'page';

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages, e.g. 'tooSmall': what tests compare, not the text. */
  messageId: string;
  level: Level;
  /** Chinese, placeholders filled. */
  message: string;
  messageEn: string;
  /** Which field the inline hint belongs to. */
  target?: Target;
  /** Profile JSON path for profile rules, e.g. 'basic.idNumber', 'education[0].graduation'. */
  path?: string;
  /** A value that would pass, e.g. canonical 考核情况 text or the computed 专业工作年限. */
  suggestion?: string;
  data?: Record<string, string | number>;
  /** Set from the rule's meta: the finding is about a required field left empty. */
  required?: true;
}

export interface Rule<I> {
  meta: RuleMeta;
  check(input: I, plan: Plan): Finding[];
}

/** Any rule, whatever its input; for lists and lookups (only `meta` is used). */
export type AnyRule = Rule<never>;

// ---------------------------------------------------------------- inputs
// `undefined` = the field is not on the page (rules about it stay silent);
// '' = the field is present but empty.

export type FileType = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'gif' | 'bmp' | 'pdf' | 'zip' | 'doc' | 'unknown';

export interface PhotoFacts {
  name: string;
  bytes: number;
  type: FileType;
  /**
   * STORED size from the JPEG SOF (before orientation): what the server reads.
   * HEIC/AVIF: the size every reader shows (their rotation is part of the picture).
   */
  width?: number;
  height?: number;
  components?: number;
  progressive?: boolean;
  /** EXIF orientation 1..8; undefined = none. */
  orientation?: number;
  /** HEIC/AVIF: the rotation (clockwise) and mirror its readers apply, and the coded size; undefined = none. */
  heifTransform?: { rotation: 0 | 90 | 180 | 270; mirrored: boolean; stored: { width: number; height: number } };
  gps?: boolean;
  truncated?: boolean;
  decodable?: boolean;
  /** No colour anywhere (pixel statistics). */
  grayscale?: boolean;
  /** Measured on the picture as displayed (orientation applied); shares are 0..1. */
  background?: { whiteShare: number; lightNeutralShare: number; meanRgb: [number, number, number] };
}

export interface DeclarationInput {
  selfReport?: string;
  office?: string;
  /** The checked choices' label texts (exactly one expected). */
  applicationTypes?: string[];
  /** Files in the supporting-material upload. */
  typeProofFiles?: number;
  exceptionalDetail?: string;
  major?: string;
  majorOptions?: string[];
  workYears?: string;
  assessment?: string;
  /** From the profile (YYYY-MM-DD or YYYY-MM). */
  professionalStart?: string;
}

export interface SelectedAchievement {
  title: string;
  collective?: boolean;
  authors?: number;
  rank?: number;
}

export interface AchievementsInput {
  selected?: SelectedAchievement[];
}

export interface FileFacts {
  name: string;
  bytes: number;
  type: FileType;
  pdf?: { pages?: number; encrypted?: boolean; readable: boolean };
}

export type AttachmentSlot = 'education' | 'appointment' | 'contract' | 'social' | 'cpd' | 'works' | 'exceptional';

export interface AttachmentsInput {
  /** From 填写申报信息, kept for the session. */
  applicationType?: string;
  /** Only slots present on the page. */
  slots: Partial<Record<AttachmentSlot, FileFacts[]>>;
  /** How many 代表作 are designated. */
  representativeCount?: number;
}

export interface AttachmentFileInput {
  file: FileFacts;
  slot: AttachmentSlot;
  /** The page says the upload is a paper (its row's type is 论文), whatever the file is called. */
  paper?: boolean;
}

export interface OpenFinding {
  step: string;
  stepName: string;
  ruleId: string;
  message: string;
}

export interface SubmitInput {
  open: OpenFinding[];
}

export interface ProfileInput {
  profile: Partial<Profile>;
  /** YYYY-MM-DD; dates after it are in the future. */
  today: string;
}

/** Input of the reminder (info) rules. */
export interface ReminderInput {
  /** YYYY-MM-DD, for days left before a deadline. */
  today: string;
}
