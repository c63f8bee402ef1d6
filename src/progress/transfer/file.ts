/**
 * The take-home file: the whole progress as JSON, quiz answers too, to save
 * and open again on another computer. Read with the same schema as stored
 * progress; a file that is not Nätvana's, is damaged in any part, or is from
 * a newer Nätvana is refused whole, so nothing half-read is brought in.
 */
import { type Progress, decodeProgress, encodeProgress, progressVersion } from '../schema.ts';

/** The file's own mark, so a JSON file of something else is told apart. */
export const fileFormat = 'natvana-progress-file';
/** Larger than any real progress file by far (every lesson of a course of 100, every quiz answered, is under 100 kB); a bigger file is not Nätvana's. */
export const maxFileBytes = 500_000;
/** More lessons than any course has, in every language. */
export const maxFileLessons = 1_000;
/** Longer than any lesson id, step id, quiz id or answer id: the build refuses ids this long. */
export const maxFileTextLength = 200;

export type FileProblem = 'empty' | 'tooBig' | 'tooMany' | 'tooLong' | 'notJson' | 'foreign' | 'newer' | 'damaged' | 'unreadable';
export type FileResult = { ok: true; progress: Progress } | { ok: false; problem: FileProblem };

/** The file's name: natvana-framsteg-2026-12-01.json (the word follows the interface language). */
export function fileName(word: string, now: number): string {
  return `natvana-${word}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export function encodeFile(progress: Progress, now: number): string {
  return `${JSON.stringify({ format: fileFormat, savedAt: new Date(now).toISOString(), progress: JSON.parse(encodeProgress(progress)) as unknown }, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether any key or text anywhere in `value` is longer than an id can be. */
function holdsLongText(value: unknown): boolean {
  if (typeof value === 'string') return value.length > maxFileTextLength;
  if (Array.isArray(value)) return value.some(holdsLongText);
  if (isRecord(value)) return Object.entries(value).some(([key, inner]) => key.length > maxFileTextLength || holdsLongText(inner));
  return false;
}

/** Reads a file's text. Never throws. */
export function decodeFile(text: string): FileResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > maxFileBytes) return { ok: false, problem: 'tooBig' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isRecord(data) || data.format !== fileFormat || !isRecord(data.progress)) return { ok: false, problem: 'foreign' };
  const version = data.progress.version;
  if (typeof version === 'number' && version > progressVersion) return { ok: false, problem: 'newer' };
  if (isRecord(data.progress.lessons) && Object.keys(data.progress.lessons).length > maxFileLessons) return { ok: false, problem: 'tooMany' };
  if (holdsLongText(data.progress)) return { ok: false, problem: 'tooLong' };
  let decoded: ReturnType<typeof decodeProgress>;
  try {
    decoded = decodeProgress(JSON.stringify(data.progress));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (decoded.unreadable) return { ok: false, problem: 'damaged' };
  return { ok: true, progress: decoded.progress };
}
