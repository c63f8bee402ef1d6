import type { z } from 'zod';
import { limits } from './limits.ts';
import type { Position, ProblemList } from './problems.ts';

/**
 * Reads library.json as JSON (not as YAML, which accepts far more and would
 * let a mistake through as something else), reporting each problem at its
 * line and column in plain words. A small reader of its own, because
 * JSON.parse gives no line or column, and so that each field's place is known
 * for the schema's messages too.
 */

class JsonError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

interface Places {
  values: Map<string, number>;
  keys: Map<string, number>;
  duplicates: { key: string; offset: number }[];
}

const pathKey = (path: readonly (string | number)[]) => JSON.stringify(path);

function parse(source: string): { value: unknown; places: Places } {
  const places: Places = { values: new Map(), keys: new Map(), duplicates: [] };
  let offset = 0;
  const fail = (message: string, fix: string): never => {
    throw new JsonError(offset, message, fix);
  };
  const skipSpace = () => {
    while (offset < source.length && ' \t\r\n'.includes(source[offset] ?? '')) offset += 1;
  };
  const expectEnd = 'A } or ] is missing at the end, or a " is not closed.';

  const readString = (): string => {
    if (source[offset] === "'") fail('JSON needs double quotes (") around texts and field names, not single quotes (\').', 'Write "like this".');
    if (source[offset] !== '"') fail('A text or field name in double quotes (") was expected here.', 'Write field names and texts in double quotes, like "name": "Exempelstads bibliotek".');
    const start = offset;
    offset += 1;
    while (offset < source.length && source[offset] !== '"') {
      const code = source.charCodeAt(offset);
      if (code < 0x20) fail('A text in double quotes goes over the end of the line.', 'Close the text with " on the same line.');
      offset += source[offset] === '\\' ? 2 : 1;
    }
    if (offset >= source.length) {
      offset = start;
      fail('This text is not closed with a double quote (").', 'Add the closing " at the end of the text.');
    }
    offset += 1;
    try {
      return JSON.parse(source.slice(start, offset)) as string;
    } catch {
      offset = start;
      return fail('This text has a \\ that JSON does not understand.', 'Write \\\\ for a backslash, or remove it.');
    }
  };

  const readValue = (path: (string | number)[]): unknown => {
    skipSpace();
    if (path.length > limits.jsonDepth) fail(`The file is nested more than ${limits.jsonDepth} levels deep.`, 'See docs/library-configuration.md for the fields library.json has.');
    places.values.set(pathKey(path), offset);
    const character = source[offset];
    if (character === undefined) return fail('The file ends too early.', expectEnd);
    if (character === '{') {
      offset += 1;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (source[offset] === '}') {
        offset += 1;
        return object;
      }
      for (;;) {
        skipSpace();
        const keyOffset = offset;
        const key = readString();
        if (Object.hasOwn(object, key)) places.duplicates.push({ key, offset: keyOffset });
        places.keys.set(pathKey([...path, key]), keyOffset);
        skipSpace();
        if (source[offset] !== ':') fail(`A colon (:) is missing after "${key}".`, `Write "${key}": and then its value.`);
        offset += 1;
        Object.defineProperty(object, key, { value: readValue([...path, key]), enumerable: true, configurable: true, writable: true });
        skipSpace();
        if (source[offset] === ',') {
          offset += 1;
          skipSpace();
          if (source[offset] === '}') fail('There is a comma (,) before the }.', 'Remove the comma after the last field.');
          continue;
        }
        if (source[offset] === '}') {
          offset += 1;
          return object;
        }
        return fail(source[offset] === undefined ? 'The file ends too early.' : 'A comma (,) is missing before this.', source[offset] === undefined ? expectEnd : 'Put a comma between two fields.');
      }
    }
    if (character === '[') {
      offset += 1;
      const list: unknown[] = [];
      skipSpace();
      if (source[offset] === ']') {
        offset += 1;
        return list;
      }
      for (;;) {
        list.push(readValue([...path, list.length]));
        skipSpace();
        if (source[offset] === ',') {
          offset += 1;
          skipSpace();
          if (source[offset] === ']') fail('There is a comma (,) before the ].', 'Remove the comma after the last item.');
          continue;
        }
        if (source[offset] === ']') {
          offset += 1;
          return list;
        }
        return fail(source[offset] === undefined ? 'The file ends too early.' : 'A comma (,) is missing before this.', source[offset] === undefined ? expectEnd : 'Put a comma between two items of the list.');
      }
    }
    if (character === '"' || character === "'") return readString();
    const word = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(offset, offset + 40))?.[0];
    if (word) {
      offset += word.length;
      return JSON.parse(word) as unknown;
    }
    return fail(`This is not understood: ${source.slice(offset, offset + 20).split('\n')[0]}`, 'Write texts in double quotes ("…"), numbers as digits, and true or false.');
  };

  const value = readValue([]);
  skipSpace();
  if (offset < source.length) fail('There is more after the end of the file\'s last }.', 'Remove it, or put it inside the { … }.');
  return { value, places };
}

export function readJson<Schema extends z.ZodType>(source: string, schema: Schema, problems: ProblemList, guide: string): z.infer<Schema> | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  const at = (offset: number): Position => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line += 1;
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1 };
  };

  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(text);
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    problems.add(at(error.offset), `This JSON cannot be read: ${error.message}`, error.fix);
    return undefined;
  }
  for (const duplicate of parsed.places.duplicates) {
    problems.add(at(duplicate.offset), `The field "${duplicate.key}" is written twice.`, 'Keep one of them.');
  }
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return parsed.places.duplicates.length > 0 ? undefined : (result.data as z.infer<Schema>);

  for (const issue of result.error.issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const field = path.map(String).join('.');
    const valueAt = (target: readonly (string | number)[]): Position => {
      for (let length = target.length; length >= 0; length -= 1) {
        const offset = parsed.places.values.get(pathKey(target.slice(0, length)));
        if (offset !== undefined) return at(offset);
      }
      return { line: 1, column: 1 };
    };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const offset = parsed.places.keys.get(pathKey([...path, key]));
        problems.add(offset === undefined ? valueAt(path) : at(offset), `Unknown field "${key}".`, `Remove it, or check the spelling against ${guide}.`);
      }
    } else if (path.length === 0) {
      problems.add(valueAt(path), 'This is not a list of fields in { }.', `Write the fields between { and }, like the example in ${guide}.`);
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      problems.add(valueAt(path), `The field "${field}" is missing.`, `Add the field "${field}", see ${guide}.`);
    } else {
      problems.add(valueAt(path), `The field "${field}" is not right: ${issue.message}`, `See ${guide}.`);
    }
  }
  return undefined;
}
