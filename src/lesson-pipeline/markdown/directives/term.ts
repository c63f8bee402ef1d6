import { toString } from 'mdast-util-to-string';
import { startOf } from '../context.ts';
import type { DirectiveRule } from './directive-rule.ts';

/** `:term[word]{id=…}`: a word explained where it stands, from the glossary of the lesson's language. */
export const termDirective: DirectiveRule = {
  name: 'term',
  form: 'textDirective',
  attributes: ['id'],
  compile(node, context) {
    const text = toString(node).trim();
    const at = startOf(node);
    if (text === '') {
      context.problems.add(at, 'The explained word is empty.', 'Write the word in square brackets: :term[nätfiske]{id=phishing}.');
      return [];
    }
    const id = node.attributes?.id ?? text.toLowerCase().replace(/\s+/g, '-');
    const entry = context.glossary.get(id);
    if (!entry) {
      context.problems.add(
        at,
        `The word "${text}" (id "${id}") is not in the glossary.`,
        `Add "${id}:" with term: and definition: to ${context.glossaryFile}, or fix the id.`,
      );
      return [text];
    }
    return [{ type: 'term', id, text, definition: entry.definition }];
  },
};
