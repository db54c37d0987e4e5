import { PRINT_STATE_MESSAGE, type PrintState, type SheetConfig } from './sheet-config';
import type { PrintContact, WardPrintEntry, WardShard } from '../../lib/poster-ward';
import type { FIELD_LABELS as FieldLabels, SheetParams } from '../../lib/poster-fields';
import { PRINT_FORMATS, wardShardPrefix } from '../../lib/print-formats';
import { enWardPath } from '../../lib/routes';
import { fitSheet } from './sheet-fit';
import { ENGLISH_LINE, noCodeProblem, PROBLEMS_TITLE, WARD_QR_TITLE } from './sheet-qrs';

/**
 * The script of every print sheet. The static page is the national sheet; this fills in the ward of
 * ?ma=<code> (name, verified contact, a QR code to its page drawn here), the generator's fields
 * (checked again: an address can be forged), then fits the type into the safe area. Anything wrong
 * refuses the sheet: the reasons are shown, and printed instead of a wrong sheet. Libraries are
 * loaded only when the address needs them (phone check, QR drawing), so the national sheet stays small.
 * Text goes in with textContent only.
 */

export async function enhanceSheet(doc: Document, params: URLSearchParams) {
  const html = doc.documentElement;
  html.dataset.printState = 'pending';
  const win = doc.defaultView!;
  const inFrame = win.parent !== win;
  if (inFrame) html.classList.add('in-frame');
  const config = JSON.parse(doc.getElementById('print-config')!.textContent!) as SheetConfig;
  const spec = PRINT_FORMATS[config.format];
  const problems: string[] = [];
  try {
    if ([...params.keys()].length) {
      const fields = await import('../../lib/poster-fields');
      const needs = fields.checksNeeded(params, config.format);
      const [phone, qr] = await Promise.all([needs.phone ? import('../../lib/phone') : undefined, needs.qr ? import('../../lib/qr-modules') : undefined]);
      const read = fields.readSheetParams(
        params,
        { format: config.format, allowlist: config.allowlist },
        { ...(phone ? { checkPhone: phone.checkVietnamesePhone } : {}), ...(qr ? { checkQrPrintable: qr.checkQrPrintable } : {}) },
      );
      problems.push(...read.problems.map((p) => `${fields.FIELD_LABELS[p.field]}: ${p.message}`));
      if (!problems.length) problems.push(...(await fill(doc, config, read, fields.FIELD_LABELS, phone?.formatPhone)));
    }
  } catch (error) {
    problems.push(`Không chuẩn bị được ấn phẩm (${(error as Error).message}). Sửa: tải lại trang; nếu vẫn lỗi, in bản chung không chọn phường/xã.`);
  }
  if (!problems.length) {
    const fit = fitSheet(doc, spec);
    if (!fit.ok) problems.push(fit.reason);
    else html.dataset.typeScale = String(fit.scale);
  }
  // Codes to this site stand as "not configured" boxes until siteUrl is set: a sheet with some is
  // printable but not ready (the generator names what is missing); one with no code at all is refused.
  const missing = problems.length ? [] : missingCodes(doc);
  if (missing.length && !doc.querySelector('.qr-code')) problems.push(noCodeProblem(missing));
  showProblems(doc, problems);
  scalePreview(doc, inFrame);
  win.addEventListener('resize', () => scalePreview(doc, inFrame));
  const state: PrintState = problems.length ? 'refused' : missing.length ? 'incomplete' : 'ready';
  const told = state === 'incomplete' ? [`Thiếu mã QR: ${missing.join('; ')}. Ô "Chưa cấu hình địa chỉ trang" sẽ được in thay cho mã. Sửa: ghi địa chỉ thật của trang (siteUrl) rồi dựng lại trang.`] : problems;
  html.dataset.printState = state;
  if (inFrame) win.parent.postMessage({ type: PRINT_STATE_MESSAGE, state, problems: told }, new URL(doc.baseURI).origin);
}

const setText = (doc: Document, field: string, value: string) => {
  for (const el of doc.querySelectorAll<HTMLElement>(`[data-field="${field}"]`)) el.textContent = value;
};

async function loadWard(doc: Document, config: SheetConfig, code: string): Promise<WardPrintEntry | undefined> {
  const response = await fetch(new URL(`${config.data}${wardShardPrefix(code)}.json`, doc.baseURI));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`không tải được dữ liệu phường/xã, mã lỗi ${response.status}`);
  return ((await response.json()) as WardShard).u[code];
}

/** Puts the ward and the fields on the sheet; returns problems that refuse it. */
async function fill(doc: Document, config: SheetConfig, read: SheetParams, labels: typeof FieldLabels, formatPhone: ((digits: string) => string) | undefined): Promise<string[]> {
  const spec = PRINT_FORMATS[config.format];
  const problems: string[] = [];
  let ward: WardPrintEntry | undefined;
  if (read.code) {
    ward = await loadWard(doc, config, read.code);
    if (!ward) return [`Phường/xã: không có đơn vị mã ${read.code} trong bản dựng này. Sửa: chọn lại phường/xã ở trang Tạo ấn phẩm.`];
    setText(doc, 'place-name', ward.n);
    doc.title = `${spec.label} – ${ward.n}`;
    const generator = doc.querySelector<HTMLAnchorElement>('[data-generator-link]');
    if (generator) generator.href = `${config.generator}?ma=${read.code}`;
  }
  if (read.headline) setText(doc, 'headline', read.headline);
  if (read.subtitle) setText(doc, 'subtitle', read.subtitle);

  const needsQr = (ward && config.site) || read.extraQr || read.english;
  const qr = needsQr ? await import('../../lib/qr-modules') : undefined;
  if (ward && config.site && qr) {
    const url = new URL(`phuong-xa/${read.code}/`, config.site).href;
    const printable = qr.checkQrPrintable(url, spec.qr.main);
    if (!printable.ok) problems.push(`Mã QR tới trang phường/xã: ${printable.reason}`);
    else {
      const svg = await qr.qrSvgMarkup(url);
      for (const slot of doc.querySelectorAll<HTMLElement>('[data-slot="ward-qr"]')) {
        slot.querySelector('.qr-code')?.replaceWith(codeElement(doc, svg, `Mã QR trang ${ward.n}`, url));
      }
      setText(doc, 'ward-qr-url', url.replace(/^https:\/\//, ''));
    }
  }
  if (ward) setText(doc, 'ward-qr-title', WARD_QR_TITLE);

  // Where to ask: what staff typed, else the ward's verified contact, else the hotline as printed.
  const staff = read.contact;
  const verified: PrintContact | undefined = ward?.c;
  const local = staff
    ? { place: staff.place, address: staff.address, display: staff.phone && formatPhone ? formatPhone(staff.phone) : staff.phone, hours: staff.hours, note: undefined }
    : verified
      ? { place: verified.name, address: verified.address, display: verified.display, hours: verified.hours, note: `Đã xác minh ${verified.verified}` }
      : undefined;
  if (local) {
    for (const slot of doc.querySelectorAll<HTMLElement>('[data-slot="contact"]')) slot.replaceWith(contactElement(doc, local, config.hotline));
    setText(doc, 'sticker-phone', local.display ?? config.hotline.display);
  }
  if (verified && !staff && verified.source) setText(doc, 'sources', [...new Set([...config.sources, verified.source])].join('; '));

  if (read.session) {
    const s = read.session;
    for (const [field, value] of [['session-date', s.dateText], ['session-time', s.timeText], ['session-place', s.place]] as const) {
      for (const el of doc.querySelectorAll<HTMLElement>(`[data-field="${field}"]`)) {
        el.textContent = value;
        el.classList.remove('blank');
      }
    }
    if (s.audience) setText(doc, 'session-audience', s.audience);
  }

  if (read.extraQr && qr) await putExtraCode(doc, qr, read.extraQr.url, 'Mã QR thêm');

  // The English line: a code to the English page of this ward (or the English home), only to a
  // configured address; "scan" is never printed without a code that works.
  if (read.english && qr) {
    if (!config.site) {
      problems.push(`${labels['tieng-anh']}: chưa cấu hình địa chỉ trang (siteUrl), nên chưa có mã QR tới trang tiếng Anh. Sửa: ghi siteUrl trong content/settings/site.yaml rồi dựng lại, hoặc bỏ dòng tiếng Anh.`);
    } else {
      const url = new URL((read.code ? enWardPath(read.code) : '/en/').replace(/^\//, ''), config.site).href;
      const printable = qr.checkQrPrintable(url, spec.qr.extra);
      if (!printable.ok) problems.push(`${labels['tieng-anh']}: ${printable.reason}`);
      else await putExtraCode(doc, qr, url, 'QR code to the English guide', ENGLISH_LINE);
    }
  }
  return problems;
}

/** Draws a code into the extra code's slot, with an optional line above it and its address below. */
async function putExtraCode(doc: Document, qr: typeof import('../../lib/qr-modules'), url: string, label: string, line?: string) {
  const svg = await qr.qrSvgMarkup(url);
  for (const slot of doc.querySelectorAll<HTMLElement>('[data-slot="extra-qr"]')) {
    const caption = doc.createElement('p');
    caption.className = 'qr-addr';
    const addr = doc.createElement('span');
    addr.className = 'addr';
    // One line like every address under a code; a very long one ends in "…" (its host always shows).
    addr.dataset.fitLine = 'ellipsis';
    addr.textContent = url.replace(/^https:\/\//, '');
    caption.append(addr);
    const parts: Node[] = [codeElement(doc, svg, label, url), caption];
    if (line) {
      const title = doc.createElement('p');
      title.className = 'qr-english';
      title.lang = 'en';
      title.dataset.field = 'english-line';
      title.textContent = line;
      parts.unshift(title);
    }
    slot.replaceChildren(...parts);
    slot.hidden = false;
  }
}

/** A code drawn here: the SVG comes from the qrcode library for an allowlisted address (paths only). */
function codeElement(doc: Document, svg: string, label: string, url: string) {
  const code = doc.createElement('div');
  code.className = 'qr-code';
  code.setAttribute('role', 'img');
  code.setAttribute('aria-label', `${label}: ${url.replace(/^https:\/\//, '')}`);
  code.dataset.qrUrl = url;
  code.innerHTML = svg;
  return code;
}

interface LocalContact {
  place: string;
  address?: string | undefined;
  display?: string | undefined;
  hours?: string | undefined;
  note?: string | undefined;
}

function contactElement(doc: Document, c: LocalContact, hotline: SheetConfig['hotline']) {
  const box = doc.createElement('div');
  box.className = 'contact contact-local';
  box.dataset.slot = 'contact';
  const line = (className: string, text: string, label?: string) => {
    const p = doc.createElement('p');
    p.className = className;
    if (label) {
      const strong = doc.createElement('span');
      strong.className = 'contact-key';
      strong.textContent = `${label}: `;
      p.append(strong);
    }
    p.append(text);
    box.append(p);
    return p;
  };
  line('contact-place', c.place);
  if (c.address) line('contact-line', c.address, 'Địa chỉ');
  if (c.display) line('contact-phone', c.display);
  if (c.hours) line('contact-line', c.hours, 'Giờ làm việc');
  if (c.note) line('contact-note', c.note);
  const hot = line('contact-hotline', `${hotline.label}: `);
  const strong = doc.createElement('strong');
  strong.textContent = hotline.display;
  hot.append(strong);
  return box;
}

/** The codes a sheet should have but shows as a "not configured" box, named by their titles ("Nơi đăng ký, liên hệ" ×2). */
function missingCodes(doc: Document): string[] {
  const counts = new Map<string, number>();
  for (const box of doc.querySelectorAll<HTMLElement>('[data-qr-missing]')) {
    const title = box.closest('figure, [data-fit-box]')?.querySelector('.qr-title, .sticker-title')?.textContent?.trim() || 'tới trang này';
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].map(([title, n]) => `mã "${title}"${n > 1 ? ` (${n} chỗ)` : ''}`);
}

function showProblems(doc: Document, problems: string[]) {
  const box = doc.querySelector<HTMLElement>('[data-print-problems]');
  if (!box) return;
  if (!problems.length) {
    box.hidden = true;
    return;
  }
  const title = doc.createElement('p');
  title.textContent = PROBLEMS_TITLE;
  const list = doc.createElement('ul');
  for (const problem of problems) {
    const li = doc.createElement('li');
    li.textContent = problem;
    list.append(li);
  }
  box.replaceChildren(title, list);
  box.hidden = false;
}

/** On screen, the whole sheet scaled to fit: the frame's width and height in the generator, the width alone on a page. */
function scalePreview(doc: Document, inFrame: boolean) {
  const win = doc.defaultView!;
  const wrap = doc.querySelector<HTMLElement>('[data-sheet-scale]');
  const sheet = doc.querySelector<HTMLElement>('[data-sheet]');
  const preview = wrap?.parentElement;
  if (!wrap || !sheet || !preview) return;
  const style = getComputedStyle(preview);
  const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  const width = preview.clientWidth - padX;
  const height = inFrame ? win.innerHeight - preview.getBoundingClientRect().top - padY : Infinity;
  const scale = Math.min(1, width / sheet.offsetWidth, height / sheet.offsetHeight);
  sheet.style.transform = scale < 1 ? `scale(${scale})` : '';
  wrap.style.width = `${Math.floor(sheet.offsetWidth * scale)}px`;
  wrap.style.height = `${Math.floor(sheet.offsetHeight * scale)}px`;
}
