import { createElement, Fragment, type ReactNode } from 'react';
import { useTranslation, useUiTextAttributes } from '../i18n/index.ts';
import { Link } from 'react-router';
import type { LessonNode } from '../content/types.ts';
import { Callout } from './callout.tsx';
import { useLessonLinks } from './lesson-links.tsx';
import { PracticeSlot } from './practice-slot.tsx';
import { Quiz } from './quiz.tsx';
import { Term } from './term.tsx';

/**
 * Draws compiled lesson content. Every node type maps to a known element;
 * nothing is ever inserted as HTML. With `inline`, paragraphs become spans so
 * the content can sit in a legend or a label.
 */
export function LessonContent({ nodes, inline = false }: { nodes: readonly LessonNode[]; inline?: boolean }) {
  return <>{nodes.map((node, index) => renderNode(node, index, inline))}</>;
}

function renderNode(node: LessonNode, key: number, inline: boolean): ReactNode {
  if (typeof node === 'string') return <Fragment key={key}>{node}</Fragment>;
  const children = (nodes: readonly LessonNode[]) => nodes.map((child, index) => renderNode(child, index, inline));
  switch (node.type) {
    case 'element': {
      if (node.tag === 'br') return <br key={key} />;
      if (node.tag === 'hr') return <hr key={key} />;
      if (inline && node.tag === 'p') return <span key={key} className="inline-paragraph">{children(node.children)}</span>;
      // The stable block id, by which read-aloud finds the text it reads and highlights.
      const props = {
        key,
        ...(node.id ? { 'data-block-id': node.id } : {}),
        ...(node.tag === 'ol' && node.start !== undefined && node.start !== 1 ? { start: node.start } : {}),
      };
      return createElement(node.tag, props, children(node.children));
    }
    case 'link':
      return <ContentLink key={key} href={node.href} lessonId={node.lessonId}>{children(node.children)}</ContentLink>;
    case 'image':
      return (
        <img key={key} className="lesson-image" src={node.src} alt={node.alt} width={node.width} height={node.height} decoding="async" />
      );
    case 'callout':
      return <Callout key={key} callout={node}>{children(node.children)}</Callout>;
    case 'quiz':
      return <Quiz key={key} quiz={node} LessonContent={LessonContent} />;
    case 'term':
      return <Term key={key} term={node} />;
    case 'practice':
      return <PracticeSlot key={key} kind={node.kind} scenario={node.scenario} />;
  }
}

function ContentLink({ href, lessonId, children }: { href?: string | undefined; lessonId?: string | undefined; children: ReactNode }) {
  const links = useLessonLinks();
  const { t } = useTranslation('player');
  if (lessonId) return <Link to={links.lessonHref(lessonId)}>{children}</Link>;
  const external = href?.startsWith('https://');
  return (
    <a href={href} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
      {external && <ExternalLinkNote text={t('link.external')} />}
    </a>
  );
}

function ExternalLinkNote({ text }: { text: string }) {
  const ui = useUiTextAttributes();
  return (
    <span className="visually-hidden" {...ui}>
      {' '}
      {text}
    </span>
  );
}
