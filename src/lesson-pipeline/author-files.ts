import { lstatSync, readFileSync } from 'node:fs';
import { formatBytes } from './limits.ts';
import type { ProblemList } from './problems.ts';

/**
 * Reads a file an author wrote (a lesson, module.yaml, a glossary,
 * library.json). A lesson pack is shared, so a "file" may be a symbolic link to
 * something elsewhere on the computer (whose text would then end up in the
 * build's messages or the site) or far too big: both are refused.
 */
export function readAuthorFile(path: string, maxBytes: number, problems: ProblemList): string | undefined {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) {
    problems.add(undefined, 'This file is a link to another file (a symbolic link).', 'Copy the file itself here: links are not followed, so a lesson pack cannot reach files outside it.');
    return undefined;
  }
  if (!stats.isFile()) {
    problems.add(undefined, 'This is not an ordinary file.', 'Replace it with a text file, or remove it.');
    return undefined;
  }
  if (stats.size > maxBytes) {
    problems.add(undefined, `The file is ${formatBytes(stats.size)}; at most ${formatBytes(maxBytes)} is allowed.`, 'Split it into smaller files: a lesson of more than a few steps can be two lessons.');
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

/**
 * The checker never stops with a stack trace: whatever goes wrong while one
 * file is checked becomes a problem named after that file.
 */
export function reportUnexpected(error: unknown, problems: ProblemList): void {
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(text)) {
    problems.add(undefined, 'The file is nested too deeply to be read.', 'Put fewer quotes, lists and boxes inside one another (see "Limits" in docs/lesson-format.md).');
    return;
  }
  problems.add(
    undefined,
    `Nätvana could not check this file: ${text.split('\n')[0]?.slice(0, 120) ?? 'unknown error'}.`,
    'Look at what you changed last in this file. If the message stays, send the file to the people who look after Nätvana.',
  );
}
