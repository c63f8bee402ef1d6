/**
 * The take-home code: a learner's progress as a short code a person can copy
 * by hand, with no server and no account.
 *
 * - Groups of 4 characters from 32 that cannot be taken for one another (no
 *   0/O, no 1/I/l): 23456789 and A–Z without I and O. Lower case is read as
 *   upper case, and spaces or dashes between groups are optional.
 * - Each group is 3 characters of data and 1 check character, a weighted sum
 *   with odd weights: any one mistyped character changes it, so the code
 *   names the group that is wrong. The last group is a check of the whole
 *   code (a missing, extra or swapped group).
 * - Lessons and steps are named by a hash of their stable ids, never by their
 *   position, so a code made today still reads after lessons are added or
 *   reordered. The hash is as wide as the catalogue needs, with a salt chosen
 *   so that no two of today's lessons share one; entries are sorted by hash
 *   and written as Rice-coded gaps, so each lesson costs a few bits.
 *
 * What travels: per lesson, done or started, and for a started lesson the
 * step the learner was on (its number and a hash of its id), and the day the
 * code was made. Quiz answers do not travel in a code (the file carries them).
 */
import type { LessonProgress, Progress } from '../progress-data.ts';
import { emptyProgress } from '../progress-data.ts';

export const codeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** The code format this Nätvana writes; a code from a later format is refused as "from a newer Nätvana". */
export const codeFormat = 1;
const dataPerGroup = 3;
const bitsPerChar = 5;
const bitsPerGroup = dataPerGroup * bitsPerChar;
/** Days are counted from here: the code says which day it was made, so newer progress here wins a merge. */
const dayZero = Date.UTC(2026, 0, 1);
const dayMs = 86_400_000;
const stepHashBits = 8;
const stepNumberBits = 6;
const maxStepNumber = (1 << stepNumberBits) - 1;

/** A lesson as the code knows it: its progress key (`<lang>/<id>`) and, to place a started learner, its step ids. */
export interface CatalogueLesson {
  key: string;
  stepCount: number;
}

export type CodeProblem =
  | { kind: 'empty' }
  | { kind: 'character'; group: number; character: string }
  /** A character that does not show (a control or format character, such as a right-to-left mark): named by its group, never shown. */
  | { kind: 'invisible'; group: number }
  | { kind: 'groupLength'; group: number; length: number }
  | { kind: 'groupCheck'; group: number }
  /** The last group fails where it stands but fits one place on: a group is missing just before it, or it has a typing mistake that looks like that. */
  | { kind: 'missingBefore'; group: number }
  | { kind: 'tooShort' }
  | { kind: 'whole' }
  | { kind: 'newer' }
  | { kind: 'damaged' };

/** A lesson read from a code. */
export interface CodeLesson {
  key: string;
  done: boolean;
  /** For a started lesson: the step number when the code was made, and a hash of that step's id. */
  stepNumber?: number;
  stepHash?: number;
}

export interface ReadCode {
  /** When the code was made: the start of that day, in milliseconds since 1970. */
  madeAt: number;
  lessons: CodeLesson[];
  /** Lessons in the code that are not in this Nätvana (taken out, or two now share a hash): left out. */
  notHere: number;
}

export type CodeResult = { ok: true; code: ReadCode } | { ok: false; problem: CodeProblem };

// ---------------------------------------------------------------- hashing

/** FNV-1a with a final mix (murmur3's): a fast, well-spread 32-bit hash of a text. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const lessonHash = (key: string, salt: number, width: number) => hash32(`${salt}:${key}`) & ((1 << width) - 1);
export const stepHash = (stepId: string) => hash32(`step:${stepId}`) & ((1 << stepHashBits) - 1);

/** The narrowest hash, and a salt, with which no two lessons of the catalogue share a hash. */
function chooseHash(keys: readonly string[]): { salt: number; width: number } {
  // Room for the catalogue to grow: a lesson added later shares a hash with one in a code only rarely.
  let width = Math.max(8, Math.ceil(Math.log2(Math.max(keys.length, 1))) + 5);
  for (; width <= 21; width++) {
    for (let salt = 0; salt < 32; salt++) {
      const seen = new Set(keys.map((key) => lessonHash(key, salt, width)));
      if (seen.size === keys.length) return { salt, width };
    }
  }
  throw new Error('The catalogue has too many lessons for a take-home code.');
}

// ---------------------------------------------------------------- bits

class BitWriter {
  bits: number[] = [];
  write(value: number, count: number): void {
    for (let bit = count - 1; bit >= 0; bit--) this.bits.push((value >>> bit) & 1);
  }
  /** Elias gamma, for a number ≥ 1. */
  gamma(value: number): void {
    const length = Math.floor(Math.log2(value));
    this.write(0, length);
    this.write(value, length + 1);
  }
  rice(value: number, k: number): void {
    const quotient = Math.floor(value / 2 ** k);
    for (let index = 0; index < quotient; index++) this.bits.push(1);
    this.bits.push(0);
    this.write(value % 2 ** k, k);
  }
}

class BitReader {
  private position = 0;
  constructor(private readonly bits: readonly number[]) {}
  read(count: number): number {
    if (this.position + count > this.bits.length) throw new RangeError('end of code');
    let value = 0;
    for (let index = 0; index < count; index++) value = value * 2 + (this.bits[this.position++] ?? 0);
    return value;
  }
  gamma(): number {
    let length = 0;
    while (this.read(1) === 0) if (++length > 24) throw new RangeError('bad number');
    return 2 ** length + this.read(length);
  }
  rice(k: number): number {
    let quotient = 0;
    while (this.read(1) === 1) if (++quotient > 1 << 16) throw new RangeError('bad gap');
    return quotient * 2 ** k + this.read(k);
  }
}

// ---------------------------------------------------------------- groups and checks

/** The check character of a group: odd weights, so any one changed character changes it; the group's place is in it too. */
function groupCheck(values: readonly number[], group: number): number {
  let sum = 9 * group + 17;
  values.forEach((value, index) => (sum += (2 * index + 1) * value));
  return sum % 32;
}

/** The whole code's check: 15 bits over every data character, in order. */
function wholeCheck(values: readonly number[]): number {
  return hash32(`${values.length}:${values.join(',')}`) & ((1 << bitsPerGroup) - 1);
}

/** Data characters (0–31) as groups with their checks and the whole code's check. Exported for tests that make codes of other formats. */
export function toGroups(data: readonly number[]): string[] {
  const values = [...data];
  const whole = wholeCheck(values);
  for (let index = dataPerGroup - 1; index >= 0; index--) values.push((whole >>> (index * bitsPerChar)) & 31);
  const groups: string[] = [];
  for (let start = 0; start < values.length; start += dataPerGroup) {
    const chunk = values.slice(start, start + dataPerGroup);
    groups.push([...chunk, groupCheck(chunk, groups.length)].map((value) => codeAlphabet[value]).join(''));
  }
  return groups;
}

// ---------------------------------------------------------------- encode

/** The progress as a code: groups of 4 characters. Lessons not in the catalogue are left out. */
export function encodeCode(progress: Progress, catalogue: readonly CatalogueLesson[], now: number): string[] {
  const { salt, width } = chooseHash(catalogue.map((lesson) => lesson.key));
  const known = new Set(catalogue.map((lesson) => lesson.key));
  const entries = Object.entries(progress.lessons)
    .filter(([key]) => known.has(key))
    .map(([key, lesson]) => ({ hash: lessonHash(key, salt, width), lesson }))
    .sort((a, b) => a.hash - b.hash);
  // The gaps between n sorted hashes in 2^width are about 2^width / n: that many bits, in Rice's code.
  const k = Math.max(0, Math.min(15, width - Math.ceil(Math.log2(entries.length + 1))));
  const writer = new BitWriter();
  writer.write(codeFormat, 3);
  writer.write(Math.max(0, Math.min(2 ** 15 - 1, Math.floor((now - dayZero) / dayMs))), 15);
  writer.write(salt, 5);
  writer.write(width - 6, 4);
  writer.write(k, 4);
  writer.gamma(entries.length + 1);
  let previous = -1;
  for (const { hash, lesson } of entries) {
    writer.rice(hash - previous - 1, k);
    previous = hash;
    writeLesson(writer, lesson);
  }
  while (writer.bits.length % bitsPerChar !== 0 || (writer.bits.length / bitsPerChar) % dataPerGroup !== 0) writer.bits.push(0);
  const values: number[] = [];
  for (let start = 0; start < writer.bits.length; start += bitsPerChar) {
    values.push(writer.bits.slice(start, start + bitsPerChar).reduce((value, bit) => value * 2 + bit, 0));
  }
  return toGroups(values);
}

function writeLesson(writer: BitWriter, lesson: LessonProgress): void {
  if (lesson.status === 'done') {
    writer.write(1, 1);
    return;
  }
  writer.write(0, 1);
  writer.write(Math.min(Math.max(lesson.stepNumber ?? 1, 1), maxStepNumber), stepNumberBits);
  writer.write(lesson.stepId === undefined ? 0 : stepHash(lesson.stepId), stepHashBits);
}

// ---------------------------------------------------------------- decode

/** The groups a person typed: any spaces or dashes between them; none at all is read as groups of 4. */
export function splitCode(text: string): string[] {
  const parts = text
    .trim()
    .toUpperCase()
    .split(/[\s\-‐‑–—_.,:;/]+/u)
    .filter((part) => part !== '');
  if (parts.length === 1 && (parts[0]?.length ?? 0) > 4) return parts[0]?.match(/.{1,4}/gu) ?? [];
  return parts;
}

/** Whether a well-formed group's check fits it at `place` (counted from 0): a group typed right, wherever it stands. */
function fitsPlace(group: string | undefined, place: number): boolean {
  if (group === undefined || place < 0) return false;
  const numbers = [...group].map((character) => codeAlphabet.indexOf(character));
  if (numbers.length !== dataPerGroup + 1 || numbers.includes(-1)) return false;
  return groupCheck(numbers.slice(0, dataPerGroup), place) === numbers[dataPerGroup];
}

/**
 * A group that fails its check where it stands, but is right one place on,
 * as is every group after it, was typed right after a missing group; one that
 * is right one place back, with its neighbour right one place on, was swapped
 * with it. Either way it is not the group to correct, and the code as a whole
 * is said not to fit. The place is in the check (9 × place, and 9 is odd), so
 * no group fits two places: a group typed right where it stands rules both
 * out, and one mistyped character never looks like this. A group missing just
 * before the last leaves only the last group to tell it by (`missingBefore`).
 */
function outOfPlace(groups: readonly string[], index: number): boolean {
  const after = groups.slice(index);
  const missingBefore = after.length >= 2 && after.every((group, offset) => fitsPlace(group, index + offset + 1));
  const swappedWithNext = fitsPlace(groups[index], index + 1) && fitsPlace(groups[index + 1], index);
  return missingBefore || swappedWithNext;
}

/** Format and control characters, such as a right-to-left override: they would turn a message around if shown. */
const invisible = /[\p{C}\p{Z}]/u;

/** Checks each group and the whole; gives the data characters, or the first problem, naming its group (counted from 1). */
function readGroups(text: string): { ok: true; values: number[] } | { ok: false; problem: CodeProblem } {
  const groups = splitCode(text);
  if (groups.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const values: number[] = [];
  for (const [index, group] of groups.entries()) {
    const characters = [...group];
    const stranger = characters.find((character) => !codeAlphabet.includes(character));
    if (stranger !== undefined && invisible.test(stranger)) return { ok: false, problem: { kind: 'invisible', group: index + 1 } };
    if (stranger !== undefined) return { ok: false, problem: { kind: 'character', group: index + 1, character: stranger } };
    if (characters.length !== dataPerGroup + 1) return { ok: false, problem: { kind: 'groupLength', group: index + 1, length: characters.length } };
    const numbers = characters.map((character) => codeAlphabet.indexOf(character));
    const data = numbers.slice(0, dataPerGroup);
    if (groupCheck(data, index) !== numbers[dataPerGroup]) {
      if (outOfPlace(groups, index)) return { ok: false, problem: { kind: 'whole' } };
      // The last group, right one place on: a group before it is missing, or (one typing mistake in 31) it is mistyped. Both are said.
      if (index > 0 && index === groups.length - 1 && fitsPlace(group, index + 1)) return { ok: false, problem: { kind: 'missingBefore', group: index + 1 } };
      return { ok: false, problem: { kind: 'groupCheck', group: index + 1 } };
    }
    values.push(...data);
  }
  if (groups.length < 2) return { ok: false, problem: { kind: 'tooShort' } };
  const data = values.slice(0, -dataPerGroup);
  const whole = values.slice(-dataPerGroup).reduce((sum, value) => sum * 32 + value, 0);
  if (wholeCheck(data) !== whole) return { ok: false, problem: { kind: 'whole' } };
  return { ok: true, values: data };
}

/** Reads a code against the lessons this Nätvana has. Never throws: anything that is not a good code is a problem with a reason. */
export function decodeCode(text: string, catalogue: readonly CatalogueLesson[]): CodeResult {
  try {
    const groups = readGroups(typeof text === 'string' ? text : '');
    if (!groups.ok) return groups;
    const bits: number[] = [];
    for (const value of groups.values) for (let bit = bitsPerChar - 1; bit >= 0; bit--) bits.push((value >>> bit) & 1);
    const reader = new BitReader(bits);
    const format = reader.read(3);
    if (format > codeFormat) return { ok: false, problem: { kind: 'newer' } };
    if (format !== codeFormat) return { ok: false, problem: { kind: 'damaged' } };
    const madeAt = dayZero + reader.read(15) * dayMs;
    const salt = reader.read(5);
    const width = reader.read(4) + 6;
    const k = reader.read(4);
    const count = reader.gamma() - 1;
    const byHash = new Map<number, string[]>();
    for (const lesson of catalogue) {
      const hash = lessonHash(lesson.key, salt, width);
      byHash.set(hash, [...(byHash.get(hash) ?? []), lesson.key]);
    }
    const lessons: CodeLesson[] = [];
    let notHere = 0;
    let previous = -1;
    for (let index = 0; index < count; index++) {
      const hash = previous + 1 + reader.rice(k);
      if (hash >= 2 ** width) return { ok: false, problem: { kind: 'damaged' } };
      previous = hash;
      const done = reader.read(1) === 1;
      const place = done ? {} : { stepNumber: Math.max(1, reader.read(stepNumberBits)), stepHash: reader.read(stepHashBits) };
      const keys = byHash.get(hash) ?? [];
      // A lesson added since the code was made can share a hash with one in it: then neither is taken.
      const [key] = keys;
      if (keys.length !== 1 || key === undefined) notHere++;
      else lessons.push({ key, done, ...place });
    }
    // What is left over is the padding of the last group: zeros only.
    while (true) {
      let bit: number;
      try {
        bit = reader.read(1);
      } catch {
        break;
      }
      if (bit !== 0) return { ok: false, problem: { kind: 'damaged' } };
    }
    return { ok: true, code: { madeAt, lessons, notHere } };
  } catch {
    return { ok: false, problem: { kind: 'damaged' } };
  }
}

/**
 * The progress a read code brings in. `stepIdOf` finds a started lesson's step
 * by its hash (the nearest to its old number when two share one); a step it
 * cannot find is left out, and the lesson starts from its first step.
 */
export function progressFromCode(
  code: ReadCode,
  catalogue: readonly CatalogueLesson[],
  stepIdOf: (key: string, stepHash: number, stepNumber: number) => { id: string; number: number } | undefined,
): Progress {
  const progress = emptyProgress();
  const stepCounts = new Map(catalogue.map((lesson) => [lesson.key, lesson.stepCount]));
  for (const lesson of code.lessons) {
    const stepCount = Math.max(1, stepCounts.get(lesson.key) ?? 1);
    if (lesson.done) {
      progress.lessons[lesson.key] = { status: 'done', furthestStep: stepCount, quizzes: {}, updatedAt: code.madeAt, finishedAt: code.madeAt };
      continue;
    }
    const step = stepIdOf(lesson.key, lesson.stepHash ?? 0, lesson.stepNumber ?? 1);
    const entry: LessonProgress = { status: 'started', furthestStep: Math.min(step?.number ?? 1, stepCount), quizzes: {}, updatedAt: code.madeAt };
    if (step) {
      entry.stepId = step.id;
      entry.stepNumber = step.number;
    }
    progress.lessons[lesson.key] = entry;
  }
  return progress;
}

/** A step by its hash among a lesson's step ids: the one nearest to `stepNumber` when more than one has it. */
export function findStep(stepIds: readonly string[], hash: number, stepNumber: number): { id: string; number: number } | undefined {
  let best: { id: string; number: number } | undefined;
  stepIds.forEach((id, index) => {
    if (stepHash(id) !== hash) return;
    const number = index + 1;
    if (!best || Math.abs(number - stepNumber) < Math.abs(best.number - stepNumber)) best = { id, number };
  });
  return best;
}
