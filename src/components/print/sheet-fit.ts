import { SAFE_AREA_MM, type PrintFormatSpec } from '../../lib/print-formats';

/**
 * Makes a filled-in sheet fit: each address under a QR code on one line (its type shrinks, it never
 * breaks), then the type scale --t of each face lowered step by step until nothing comes within
 * SAFE_AREA_MM of the face's edge. If the smallest step still does not fit, the sheet is refused
 * with what overflows, before anything is printed. Measures the real layout, so it holds for any
 * text in any font.
 */

const PX_PER_MM = 96 / 25.4;
/**
 * The type scale steps, largest first: short text grows to use the sheet (read from further away);
 * below 0.6 the smallest text would be under 5 pt on A5.
 */
export const TYPE_STEPS = [1.2, 1.15, 1.1, 1.05, 1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];
/** A one-line address may shrink to this share of its size (the extra code's then ends in "…"). */
const MIN_LINE_SCALE = 0.6;

const WHAT: [selector: string, what: string][] = [
  ['.face-headline', 'tiêu đề'],
  ['.face-subtitle', 'dòng phụ và tên phường/xã'],
  ['.qr-fig', 'mã QR và địa chỉ dưới mã'],
  ['.face-steps', 'các bước'],
  ['.contact', 'ô liên hệ'],
  ['.face-extra', 'mã QR thêm'],
  ['.notice-when', 'ngày, giờ, địa điểm'],
  ['.notice-who', 'ô "Dành cho"'],
  ['.notice-bring', 'ô "Mang theo"'],
  ['.face-warning', 'câu cảnh báo'],
  ['.face-sources', 'dòng nguồn'],
  ['.sticker', 'nhãn dán'],
];

function describe(el: Element): string {
  for (const [selector, what] of WHAT) if (el.closest(selector)) return what;
  return 'nội dung';
}

/** CSS px of layout per px on screen (the preview may be scaled down). */
const scaleOf = (el: HTMLElement) => el.getBoundingClientRect().width / (el.offsetWidth || 1) || 1;

interface Box { left: number; top: number; right: number; bottom: number }
const outside = (r: DOMRect, box: Box, tolerance: number) =>
  r.left < box.left - tolerance || r.top < box.top - tolerance || r.right > box.right + tolerance || r.bottom > box.bottom + tolerance;

/** The first element of `face` that reaches into the safe margin or out of its own box, if any. */
export function findOverflow(face: HTMLElement, safeMm = SAFE_AREA_MM): Element | undefined {
  const scale = scaleOf(face);
  const rect = face.getBoundingClientRect();
  const inset = safeMm * PX_PER_MM * scale;
  const safe = { left: rect.left + inset, top: rect.top + inset, right: rect.right - inset, bottom: rect.bottom - inset };
  const tolerance = 0.5 * scale;
  for (const el of face.querySelectorAll('*')) {
    if (el.closest('[hidden]')) continue;
    for (const r of el.getClientRects()) {
      if (r.width === 0 && r.height === 0) continue;
      if (outside(r, safe, tolerance)) return el;
    }
  }
  for (const el of face.querySelectorAll<HTMLElement>('[data-fit-line]:not([data-fit-line="ellipsis"])')) {
    if (!el.closest('[hidden]') && el.scrollWidth > el.clientWidth + 1) return el;
  }
  for (const box of face.querySelectorAll<HTMLElement>('[data-fit-box]')) {
    const inner = box.getBoundingClientRect();
    for (const el of box.querySelectorAll('*')) {
      for (const r of el.getClientRects()) if (r.width && outside(r, inner, tolerance)) return el;
    }
  }
  return undefined;
}

/** Each one-line address at the largest size (up to its stylesheet size) that fits its width. */
export function fitLines(face: HTMLElement) {
  for (const el of face.querySelectorAll<HTMLElement>('[data-fit-line]')) {
    el.style.fontSize = '';
    if (el.scrollWidth <= el.clientWidth + 1) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    el.style.fontSize = `${Math.max(size * MIN_LINE_SCALE, (size * el.clientWidth) / el.scrollWidth - 0.05)}px`;
  }
}

export type FitResult = { ok: true; scale: number } | { ok: false; reason: string };

export function fitFace(face: HTMLElement, spec: PrintFormatSpec): FitResult {
  let overflow: Element | undefined;
  for (const step of TYPE_STEPS) {
    face.style.setProperty('--t', String(step));
    fitLines(face);
    overflow = findOverflow(face);
    if (!overflow) return { ok: true, scale: step };
  }
  return {
    ok: false,
    reason: `Không vừa khổ ${spec.short} kể cả khi thu nhỏ chữ: phần ${describe(overflow!)} tràn vào lề ${SAFE_AREA_MM} mm mà máy in không in được. Sửa: viết ngắn lại tiêu đề, dòng phụ hoặc ô liên hệ, bỏ mã QR thêm, hoặc chọn khổ lớn hơn.`,
  };
}

/** Fits every face of the sheet (the two leaflets of an A5 sheet are the same). */
export function fitSheet(doc: Document, spec: PrintFormatSpec): FitResult {
  let scale = Infinity;
  for (const face of doc.querySelectorAll<HTMLElement>('[data-face]')) {
    const result = fitFace(face, spec);
    if (!result.ok) return result;
    scale = Math.min(scale, result.scale);
  }
  return { ok: true, scale };
}
