import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';

// Built pages read with an HTML parser (htmlparser2, as src/build/site-check.ts does), never a regex.
export type Doc = ReturnType<typeof parseDocument>;
type AnyNode = Doc['children'][number];
export type Element = Extract<AnyNode, { attribs: Record<string, string> }>;

export function parsePage(html: string): Doc {
  return parseDocument(html, { lowerCaseAttributeNames: true, decodeEntities: true });
}

export function readPage(file: string): Doc {
  return parsePage(readFileSync(file, 'utf8'));
}

const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name);

/** Every element with this tag name (or any tag, '*') and, if given, this class, in document order. */
export function findAll(doc: Doc | Element, tag: string, className?: string): Element[] {
  return DomUtils.findAll((el) => (tag === '*' || el.name === tag) && (!className || hasClass(el, className)), doc.children);
}

/** The words of an element as a reader sees them: text only, runs of white space as one space. */
export function textOf(el: Element): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

const HIDDEN = new Set(['script', 'style', 'template']);

/** The words a reader sees on the page: text nodes outside scripts, styles and templates, a space between each. */
export function visibleText(doc: Doc | Element): string {
  const parts: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.data);
      else if ('attribs' in node && !HIDDEN.has(node.name)) walk(node.children);
      else if (node.type === 'root') walk(node.children);
    }
  };
  walk(doc.children);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whether `a` starts before `b` in the document (by the order of a depth-first walk, as a reader meets them). */
export function precedes(doc: Doc, a: Element, b: Element): boolean {
  const order = findAll(doc, '*');
  return order.indexOf(a) < order.indexOf(b);
}
