import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Kinds of Vietnamese numbers a ward page may show: mobiles, landlines, 1800/1900 switchboards. */
const ALLOWED_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);

export type PhoneCheck = { ok: true; digits: string } | { ok: false; reason: string };

/**
 * Validates a Vietnamese phone number with libphonenumber's metadata (maintained upstream,
 * so new prefixes after a renumbering are picked up by updating the package, not a regex).
 * Returns the national digits ("0903858668", "19000368") that every other helper takes.
 */
export function checkVietnamesePhone(input: string): PhoneCheck {
  const cleaned = input.trim();
  if (!/^[+\d][\d\s.()-]*$/.test(cleaned)) {
    return { ok: false, reason: `"${input}" có ký tự không phải chữ số. Chỉ ghi số, có thể cách nhau bằng dấu cách hoặc dấu chấm, ví dụ 0903 858 668.` };
  }
  const parsed = parsePhoneNumberFromString(cleaned, 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) {
    return { ok: false, reason: `"${input}" không phải số điện thoại Việt Nam hợp lệ (di động 10 số như 0903 858 668, cố định có mã vùng như 028 3829 7009, hoặc tổng đài 1900/1800). Kiểm tra lại với văn bản gốc.` };
  }
  const type = parsed.getType();
  if (type && !ALLOWED_TYPES.has(type)) {
    return { ok: false, reason: `"${input}" là loại số ${type}, không dùng làm số liên hệ.` };
  }
  return { ok: true, digits: parsed.formatNational().replace(/\D/g, '') };
}

/** "19000368" → "1900 0368"; "0903858668" → "0903 858 668": the grouping people read aloud. */
export function formatPhone(digits: string): string {
  const parsed = parsePhoneNumberFromString(digits, 'VN');
  return parsed ? parsed.formatNational() : digits;
}

/** National digits make a tel: link every Vietnamese phone dials, including 1900 numbers that reject +84. */
export function telHref(digits: string): string {
  return `tel:${digits.replace(/\D/g, '')}`;
}
