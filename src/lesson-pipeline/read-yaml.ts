import { LineCounter, parseDocument, isMap, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { limits } from './limits.ts';
import { fieldExamples } from './schemas.ts';
import type { Position, ProblemList } from './problems.ts';

/**
 * Parses YAML and checks it against a schema, reporting every problem at its
 * line. `firstLine` is where the YAML starts in the file (front matter starts
 * on line 2, under the opening `---`).
 */
export function readYaml<Schema extends z.ZodType>(
  source: string,
  schema: Schema,
  problems: ProblemList,
  firstLine = 1,
  guide = 'docs/lesson-format.md',
): z.infer<Schema> | undefined {
  return readYamlDocument(source, schema, problems, { firstLine, guide })?.value;
}

export interface YamlOptions {
  firstLine?: number;
  guide?: string;
  /** Examples for "how to fix", by field name, beside the shared ones. */
  examples?: Readonly<Record<string, string>>;
}

/** Like readYaml, and also where each field is, for checks beyond the schema that report at a field. */
export function readYamlDocument<Schema extends z.ZodType>(
  source: string,
  schema: Schema,
  problems: ProblemList,
  { firstLine = 1, guide = 'docs/lesson-format.md', examples = {} }: YamlOptions = {},
): { value: z.infer<Schema>; positionOf(path: readonly (string | number)[]): Position } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.add(
        at(error.pos[0]),
        `This YAML cannot be read: ${error.message.split('\n')[0]}`,
        'Check the colons and the indentation: each field is "name: value", and list items start with "- " under their field.',
      );
    }
    return undefined;
  }

  let data: unknown;
  try {
    // A few aliases to aliases (&a [*b, *b, …]) expand to gigabytes: the yaml package counts them and stops.
    data = document.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (error) {
    const aliases = error instanceof ReferenceError || /alias/i.test(String(error));
    problems.add(
      { line: firstLine, column: 1 },
      aliases ? `This YAML uses aliases (*name) too often; at most ${limits.yamlAliases} are allowed.` : 'This YAML cannot be read: it is nested too deep.',
      aliases ? 'Write each value out in full instead of using & and *.' : 'Write each field as "name: value", with lists one level under their field.',
    );
    return undefined;
  }
  // Without reportInput, Zod leaves `input` out of every issue, and a field of the wrong kind would be reported as missing.
  const result = schema.safeParse(data, { reportInput: true });
  const positionOf = (path: readonly (string | number)[]): Position => {
    const node = nodeAt(document.contents, path);
    return node?.range ? at(node.range[0]) : { line: firstLine, column: 1 };
  };
  if (result.success) return { value: result.data as z.infer<Schema>, positionOf };

  for (const issue of result.error.issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const field = path.map(String).join('.');
    const node = nodeAt(document.contents, path);
    const position = node?.range ? at(node.range[0]) : { line: firstLine, column: 1 };
    const leaf = String(path[path.length - 1] ?? '');
    const example = examples[leaf] ?? fieldExamples[leaf];

    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyNode = keyNodeAt(document.contents, [...path, key]);
        problems.add(
          keyNode?.range ? at(keyNode.range[0]) : position,
          `Unknown field "${key}".`,
          `Remove it, or check the spelling against ${guide}.`,
        );
      }
    } else if (path.length === 0) {
      problems.add(
        position,
        'This is not a list of fields.',
        `Write each field on its own line as "name: value", like the example in ${guide}.`,
      );
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      problems.add(
        position,
        `The field "${field}" is missing.`,
        example ? `Add a line: ${example}` : `Add the field "${field}".`,
      );
    } else {
      problems.add(
        position,
        `The field "${field}" is not right: ${issue.message}`,
        example ? `For example: ${example}` : `See ${guide}.`,
      );
    }
  }
  return undefined;
}

function nodeAt(contents: unknown, path: readonly (string | number)[]): YamlNode | undefined {
  let current: unknown = contents;
  let deepestFound = contents as YamlNode | undefined;
  for (const key of path) {
    if (!current || typeof current !== 'object' || !('get' in current)) break;
    const next = (current as { get(key: unknown, keepScalar: true): unknown }).get(key, true);
    if (next === undefined) break;
    current = next;
    deepestFound = next as YamlNode;
  }
  return deepestFound;
}

function keyNodeAt(contents: unknown, path: readonly (string | number)[]): YamlNode | undefined {
  const parent = nodeAt(contents, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const key = path[path.length - 1];
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  return (pair?.key as YamlNode | undefined) ?? undefined;
}
