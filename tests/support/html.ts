import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';

// Built pages read with an HTML parser (htmlparser2, as src/build/site-check.ts does), never a regex.
export type Doc = ReturnType<typeof parseDocument>;
type AnyNode = Doc['children'][number];
export type Element = Extract<AnyNode, { attribs: Record<string, string> }>;

export function readPage(file: string): Doc {
  return parseDocument(readFileSync(file, 'utf8'), { lowerCaseAttributeNames: true, decodeEntities: true });
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

/** Whether `a` starts before `b` in the document (by the order of a depth-first walk, as a reader meets them). */
export function precedes(doc: Doc, a: Element, b: Element): boolean {
  const order = findAll(doc, '*');
  return order.indexOf(a) < order.indexOf(b);
}
