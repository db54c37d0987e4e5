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

/** The same check on static HTML, for every file in dist/ (no browser needed for 27,000 pages). */
export function scanHtmlForSensitiveFields(html: string): string[] {
  const pattern = new RegExp(SENSITIVE_WORDS, 'i');
  const labels = new Map<string, string>();
  for (const m of html.matchAll(/<label\b[^>]*\bfor="([^"]+)"[^>]*>([\s\S]*?)<\/label>/g)) labels.set(m[1]!, m[2]!.replace(/<[^>]+>/g, ''));
  const found: string[] = [];
  for (const m of html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
    const texts = [attr('type'), attr('name'), attr('id'), attr('placeholder'), attr('aria-label'), attr('title'), labels.get(attr('id')) ?? ''];
    if (attr('type') === 'password' || SECRET_AUTOCOMPLETE.test(attr('autocomplete')) || texts.some((t) => t && pattern.test(t))) found.push(m[0].slice(0, 160));
  }
  for (const m of html.matchAll(/<form\b([^>]*)>/g)) {
    if (/\smethod="post"/i.test(m[1] ?? '')) found.push(`${m[0]} (biểu mẫu gửi dữ liệu đi)`);
  }
  return found;
}
