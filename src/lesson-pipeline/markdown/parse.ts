import type { Root } from 'mdast';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Task-list items (`- [x]`) mark right quiz answers. Only that part of GitHub
 * Markdown is switched on: its autolink literals would turn the example web
 * addresses in the safe-browsing lessons (`www.bank.se-login.com`) into live
 * links, which is the very thing those lessons teach learners not to trust.
 */
function remarkTaskListItems(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkTaskListItems)
  .use(remarkDirective);

/** Markdown to a syntax tree whose positions are lines and columns in the file. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
