import { parsePhoneNumberFromString as parseWith, type MetadataJson } from 'libphonenumber-js/core';
// libphonenumber's maintained "max" metadata cut to Vietnam (scripts/phone-metadata.mjs; a unit test
// fails when it drifts from the installed package). The whole world's is about 190 KB of script on
// every page that checks a number in the browser; only Vietnamese numbers are ever accepted.
import vietnam from './phone-metadata.vn.json' with { type: 'json' };

const metadata = asMetadata(vietnam);

/** JSON arrays are typed loosely; the shape is checked once instead of cast. */
function asMetadata(json: unknown): MetadataJson {
  const isMetadata = (x: unknown): x is MetadataJson =>
    typeof x === 'object' && x !== null && 'version' in x && 'countries' in x && 'country_calling_codes' in x && 'nonGeographic' in x;
  if (!isMetadata(json)) throw new Error('src/lib/phone-metadata.vn.json hỏng. Sửa: chạy npm run phone:metadata.');
  return json;
}
const parsePhoneNumberFromString = (text: string, country: 'VN') => parseWith(text, country, metadata);

/** Kinds of Vietnamese numbers a ward page may show: mobiles, landlines, 1800/1900 switchboards. */
const ALLOWED_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);

/**
 * The Ministry of Public Security's own network: 069 and seven digits (the Ministry's hotline
 * 069 232 6555, the HCMC police's 0693 187 255). Police units publish these as office lines and any
 * phone dials them, but libphonenumber's metadata does not list the range, so it is allowed here.
 */
const POLICE_NETWORK = /^069\d{7}$/;

export type PhoneCheck = { ok: true; digits: string } | { ok: false; reason: string };

const EXAMPLE = 'ví dụ 0903 858 668, 028 3829 7009, 069 232 6555 hoặc 1900 0368';

/**
 * The one check of a phone number written by staff (content fields, CSV cells, the poster
 * generator): a Vietnamese number from libphonenumber's maintained metadata, or a police-network
 * number. Returns the national digits ("0903858668", "19000368") that every other helper takes.
 */
export function checkVietnamesePhone(input: string): PhoneCheck {
  const cleaned = input.trim();
  if (!cleaned) return { ok: false, reason: `Chưa ghi số điện thoại. Sửa: ghi một số, ${EXAMPLE}.` };
  const numbers = cleaned.split(/\s*(?:[,;/|]|\s(?:hoặc|hoac|or|và|va)\s)\s*/i).filter(Boolean);
  if (numbers.length > 1) {
    return { ok: false, reason: `"${input}" có ${numbers.length} số điện thoại trong một ô. Sửa: mỗi ô chỉ ghi một số; số thứ hai ghi ở một liên hệ (hàng) khác.` };
  }
  if (!/^[+(\d][\d\s.()-]*$/.test(cleaned)) {
    return { ok: false, reason: `"${input}" có ký tự không phải chữ số. Sửa: chỉ ghi số, có thể cách nhau bằng dấu cách hoặc dấu chấm, ${EXAMPLE}.` };
  }
  // +84 and 0084 (the international prefix as dialled from abroad) both stand for the leading 0.
  const national = cleaned.replace(/\D/g, '').replace(/^(?:00)?84(?=\d{9,10}$)/, '0');
  if (POLICE_NETWORK.test(national)) return { ok: true, digits: national };
  const parsed = parsePhoneNumberFromString(cleaned, 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) {
    return { ok: false, reason: `"${input}" không phải số điện thoại Việt Nam hợp lệ (di động 10 số, cố định có mã vùng, số 069 của ngành Công an, hoặc tổng đài 1900/1800). Sửa: chép lại đúng từ văn bản gốc, ${EXAMPLE}.` };
  }
  const type = parsed.getType();
  if (type && !ALLOWED_TYPES.has(type)) {
    return { ok: false, reason: `"${input}" là loại số ${type}, không dùng làm số liên hệ. Sửa: ghi số di động, số cố định hoặc tổng đài, ${EXAMPLE}.` };
  }
  const digits = parsed.formatNational().replace(/\D/g, '');
  // libphonenumber reads a short 069… as a service number dialled without its 0 ("069 123 45" →
  // 6912345): the call link would drop what staff wrote. Police lines are 069 and seven digits.
  if (digits.startsWith('69')) {
    return { ok: false, reason: `"${input}" không đủ số: số 069 của ngành Công an có 10 chữ số (069 và 7 chữ số). Sửa: chép lại đủ số từ văn bản gốc, ${EXAMPLE}.` };
  }
  return { ok: true, digits };
}

/** "19000368" → "1900 0368"; "0903858668" → "0903 858 668"; "0692326555" → "069 232 6555". */
export function formatPhone(digits: string): string {
  if (POLICE_NETWORK.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  const parsed = parsePhoneNumberFromString(digits, 'VN');
  return parsed ? parsed.formatNational() : digits;
}

/** National digits make a tel: link every Vietnamese phone dials, including 1900 numbers that reject +84. */
export function telHref(digits: string): string {
  return `tel:${digits.replace(/\D/g, '')}`;
}
