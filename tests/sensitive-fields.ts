import { DomUtils } from 'htmlparser2';
import { parsePage, textOf as text, type Element } from './support/html';
// What a phishing page asks for and this site never may: a password, an OTP or passcode, or an
// identity-document number. Used in Chromium on every template and over every file in dist/.

/** Words (with and without diacritics) that name such a secret in a label, placeholder, name or id. */
export const SENSITIVE_WORDS = String.raw`m[aậ]t[\s_-]*kh[aẩ]u|password|passw|pass[\s_-]*code|\botp\b|m[aã][\s_-]*x[aá]c[\s_-]*(th[uự]c|nh[aậ]n)|s[oố][\s_-]*đ?d?[iị]nh[\s_-]*danh|cccd|c[aă]n[\s_-]*c[uư][oớ]c|cmnd|ch[uứ]ng[\s_-]*minh|\bpin\b|id[\s_-]*number`;
const SECRET_AUTOCOMPLETE = /\b(current-password|new-password|one-time-code)\b/;

/** Runs in the page (serialised by page.evaluate, so it closes over nothing; pass SENSITIVE_WORDS). */
export function findSensitiveFields(words: string): string[] {
  const pattern = new RegExp(words, 'i');
  const found: string[] = [];
  for (const field of document.querySelectorAll<HTMLInputElement>('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    const labels = [...(field.labels ?? [])].map((l) => l.textContent ?? '');
    const labelledBy = (field.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '');
    const texts = [field.getAttribute('type'), field.name, field.id, field.getAttribute('placeholder'), field.getAttribute('aria-label'), field.title, ...labels, ...labelledBy];
    const autocomplete = field.getAttribute('autocomplete') ?? '';
    if (field.type === 'password' || /\b(current-password|new-password|one-time-code)\b/.test(autocomplete) || texts.some((t) => t && pattern.test(t))) {
      found.push(`${location.pathname}: ${field.outerHTML.slice(0, 160)}`);
    }
  }
  return found;
}

/**
 * The same check on static HTML, for every file in dist/ (no browser needed for 27,000 pages), with a
 * real HTML parser: a field named by a wrapping <label>, by <label for>, by aria-labelledby or by any
 * attribute, in any quoting, is read as a browser would read it.
 */
export function scanHtmlForSensitiveFields(html: string): string[] {
  const pattern = new RegExp(SENSITIVE_WORDS, 'i');
  const doc = parsePage(html);
  const byId = new Map<string, Element>();
  for (const el of DomUtils.findAll((e) => !!e.attribs['id'], doc.children)) byId.set(el.attribs['id']!, el);
  const labelsFor = new Map<string, string[]>();
  for (const label of DomUtils.getElementsByTagName('label', doc.children)) {
    const target = label.attribs['for'];
    if (target) labelsFor.set(target, [...(labelsFor.get(target) ?? []), text(label)]);
  }
  const found: string[] = [];
  const fields = DomUtils.findAll((e) => ['input', 'textarea', 'select'].includes(e.name) || ['', 'true'].includes(e.attribs['contenteditable'] ?? 'no'), doc.children);
  for (const field of fields) {
    const a = field.attribs;
    const wrapping: string[] = [];
    for (let p = field.parent; p && 'name' in p; p = p.parent) if ((p as Element).name === 'label') wrapping.push(text(p as Element));
    const labelledBy = (a['aria-labelledby'] ?? '').split(/\s+/).flatMap((id) => (byId.get(id) ? [text(byId.get(id)!)] : []));
    const texts = [a['type'], a['name'], a['id'], a['placeholder'], a['aria-label'], a['title'], ...(labelsFor.get(a['id'] ?? '') ?? []), ...wrapping, ...labelledBy];
    if ((a['type'] ?? '').toLowerCase() === 'password' || SECRET_AUTOCOMPLETE.test(a['autocomplete'] ?? '') || texts.some((t) => t && pattern.test(t))) {
      found.push(`<${field.name} ${Object.entries(a).map(([k, v]) => `${k}="${v}"`).join(' ')}>`.slice(0, 160));
    }
  }
  for (const form of DomUtils.getElementsByTagName('form', doc.children)) {
    if ((form.attribs['method'] ?? '').toLowerCase() === 'post') found.push(`<form method="post" action="${form.attribs['action'] ?? ''}"> (biểu mẫu gửi dữ liệu đi)`);
  }
  return found;
}
