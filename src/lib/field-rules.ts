import { checkPlainText, findUnprintable } from './text-rules.ts';
import { checkVietnamesePhone } from './phone.ts';
import { checkMapUrl } from './official-hosts.ts';
import { checkDay } from './dates.ts';
import { POSTER_LIMITS } from './poster-limits.ts';

/**
 * The one table of field rules. Every field a person writes (in content/ YAML, a CSV import, the
 * staff editing app, the print generator) is named here once, with its label, its kind, its limit
 * and its hint; `checkField` applies it. The content schemas (src/schemas), both CSV importers, the
 * generator and the editing app's widgets all call this module, so a value refused in one place is
 * refused everywhere, with the same Vietnamese message.
 */

export type FieldRule =
  /** printed: the text reaches paper (posters, notices), so characters print fonts cannot draw (emoji) are refused. */
  | { kind: 'text'; label: string; max: number; multiline?: boolean; hint?: string; printed?: boolean }
  | { kind: 'phone'; label: string; hint?: string }
  | { kind: 'mapUrl'; label: string; hint?: string }
  /**
   * A calendar day in Vietnam. `when`: past (a review or check that happened) or any. A published
   * registration day stays valid after it passes (kept as a record); pages and sheets leave it out.
   */
  | { kind: 'day'; label: string; when: 'past' | 'any'; hint?: string }
  /** A time of day, 24-hour "07:30". */
  | { kind: 'time'; label: string; hint?: string }
  | { kind: 'unitCode'; label: string; hint?: string };

const PHONE_HINT = 'Số cơ quan hoặc tổng đài, ví dụ 028 3829 7009, 069 232 6555, 1900 0368. Không ghi số di động cá nhân.';
const DAY_HINT = 'Dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-12.';

export const FIELD_RULES = {
  // content/wards/<code>.yaml: a verified contact point (also the contacts CSV).
  'contact.name': { kind: 'text', printed: true, label: 'tên nơi liên hệ (name)', max: 160, hint: 'Như văn bản gốc ghi, ví dụ "Công an phường Xuân Hòa".' },
  'contact.person': { kind: 'text', label: 'bộ phận, chức vụ (person)', max: 160, hint: 'Ví dụ "Bộ phận tiếp công dân". Không ghi tên và số di động của cá nhân.' },
  'contact.address': { kind: 'text', printed: true, label: 'địa chỉ (address)', max: 200, hint: 'Số nhà, đường, như văn bản gốc ghi.' },
  'contact.phone': { kind: 'phone', label: 'số điện thoại (phone)', hint: PHONE_HINT },
  'contact.hours': { kind: 'text', printed: true, label: 'giờ làm việc (hours)', max: 160, hint: 'Ví dụ "Thứ Hai đến Thứ Sáu, 7:30–11:30 và 13:30–17:00".' },
  'contact.mapUrl': { kind: 'mapUrl', label: 'link bản đồ (mapUrl)', hint: 'Địa chỉ đầy đủ https://www.google.com/maps/… hoặc https://www.openstreetmap.org/…' },
  'contact.verified': { kind: 'day', label: 'ngày xác minh (verified)', when: 'past', hint: `Ngày đã đối chiếu với văn bản hoặc gọi điện kiểm tra. ${DAY_HINT}` },
  // content/wards/<code>.yaml: a registration day (buổi đăng ký, kích hoạt tập trung).
  'session.date': { kind: 'day', label: 'ngày (date)', when: 'any', hint: DAY_HINT },
  'session.start': { kind: 'time', label: 'giờ bắt đầu (start)', hint: 'Giờ:phút theo 24 giờ, ví dụ 07:30.' },
  'session.end': { kind: 'time', label: 'giờ kết thúc (end)', hint: 'Giờ:phút theo 24 giờ, ví dụ 11:00.' },
  'session.place': { kind: 'text', printed: true, label: 'địa điểm (place)', max: POSTER_LIMITS.sessionPlace, hint: 'Ví dụ "Nhà văn hóa khu phố 3, số 10 đường …".' },
  'session.audience': { kind: 'text', printed: true, label: 'dành cho (audience)', max: POSTER_LIMITS.sessionAudience, hint: 'Ví dụ "Người từ 14 tuổi chưa có tài khoản mức 2". Để trống nếu dành cho mọi người.' },
  'session.bring': { kind: 'text', label: 'cần mang (bring)', max: 160, hint: 'Chỉ ghi khi khác thường lệ (thẻ căn cước, điện thoại có số đã đăng ký).' },
  'session.phone': { kind: 'phone', label: 'số điện thoại hỏi thêm (phone)', hint: PHONE_HINT },
  'ward.notes': { kind: 'text', label: 'ghi chú (notes)', max: 600, hint: 'Điều người dân cần biết thêm, ví dụ chỗ gửi xe. Không ghi số di động cá nhân.' },
  // Print sheets: the contact block and headline typed in the generator (tighter, to fit the paper).
  'print.headline': { kind: 'text', printed: true, label: 'Tiêu đề', max: POSTER_LIMITS.headline },
  'print.subtitle': { kind: 'text', printed: true, label: 'Dòng phụ', max: POSTER_LIMITS.subtitle },
  'print.contactPlace': { kind: 'text', printed: true, label: 'Nơi liên hệ', max: POSTER_LIMITS.contactPlace },
  'print.contactAddress': { kind: 'text', printed: true, label: 'Địa chỉ liên hệ', max: POSTER_LIMITS.contactAddress },
  'print.contactHours': { kind: 'text', printed: true, label: 'Giờ làm việc', max: POSTER_LIMITS.contactHours },
  'print.contactPhone': { kind: 'phone', label: 'Số điện thoại liên hệ', hint: PHONE_HINT },
  // content/settings/site.yaml: what a deployer changes.
  'site.siteName': { kind: 'text', printed: true, label: 'tên trang (siteName)', max: 60 },
  'site.locality': { kind: 'text', label: 'tên địa phương (locality)', max: 100 },
  'site.operatorName': { kind: 'text', label: 'tên đơn vị vận hành (operator.name)', max: 120, hint: 'Ví dụ "UBND phường Xuân Hòa".' },
  'site.operatorPhone': { kind: 'phone', label: 'số điện thoại đơn vị vận hành (operator.phone)', hint: PHONE_HINT },
  'site.hotlineLabel': { kind: 'text', printed: true, label: 'tên đường dây (label)', max: 120 },
  'site.hotlinePhone': { kind: 'phone', label: 'số đường dây nóng (phone)', hint: PHONE_HINT },
  // Guides and FAQ answers: when someone last checked them against their sources.
  'page.reviewed': { kind: 'day', label: 'ngày rà soát (reviewed)', when: 'past', hint: DAY_HINT },
  'unit.code': { kind: 'unitCode', label: 'mã phường/xã (code)', hint: 'Mã 5 chữ số, ví dụ "27664".' },
} as const satisfies Record<string, FieldRule>;

export type FieldId = keyof typeof FIELD_RULES;

export type FieldCheck = { ok: true; value: string } | { ok: false; reason: string };

/** The message for a required field left empty, the same in the schemas and the editing app. */
export function missingMessage(id: FieldId): string {
  const rule = FIELD_RULES[id] as FieldRule;
  return `Thiếu ${rule.label}. Sửa: điền trường này${rule.hint ? ` (${rule.hint})` : ''}.`;
}

/** "7:30", "07:30", "7h30", "7g30", "7h" → minutes after midnight, or undefined. */
export function parseTime(value: string): number | undefined {
  const m = /^([01]?\d|2[0-3])\s*(?:[:hg.]\s*([0-5]\d)?|giờ\s*([0-5]\d)?)$/i.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2] ?? m[3] ?? 0);
}
export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Checks one value against its rule. Strings only: a YAML number or a date that a parser already
 * turned into a Date is refused by the schemas before it gets here (see src/schemas/common.ts).
 * Returns the value to store: normalised text, national phone digits, a day YYYY-MM-DD, "07:30".
 */
export function checkField(id: FieldId, input: string, { now = new Date() }: { now?: Date } = {}): FieldCheck {
  const rule = FIELD_RULES[id] as FieldRule;
  const what = capital(rule.label);
  switch (rule.kind) {
    case 'text': {
      const check = checkPlainText(input, { what, max: rule.max, multiline: rule.multiline ?? false });
      if (!check.ok) return check;
      const drawn = rule.printed ? findUnprintable(check.text) : undefined;
      if (drawn) return { ok: false, reason: `${what} có ký tự "${drawn.char}" (${drawn.name}, ở vị trí ${drawn.position}) mà phông chữ khi in không vẽ được: trên giấy sẽ thành ô trống hoặc hình khác. Sửa: xóa ký tự này, viết bằng chữ.` };
      return check.text ? { ok: true, value: check.text } : { ok: false, reason: `${what} đang trống. Sửa: điền nội dung hoặc xóa hẳn trường này.` };
    }
    case 'phone': {
      const clean = checkPlainText(input, { what, max: 40 });
      if (!clean.ok) return clean;
      const check = checkVietnamesePhone(clean.text);
      return check.ok ? { ok: true, value: check.digits } : { ok: false, reason: `${what}: ${check.reason}` };
    }
    case 'mapUrl': {
      const check = checkMapUrl(input.normalize('NFC'));
      return check.ok ? { ok: true, value: check.url } : { ok: false, reason: check.reason };
    }
    case 'day': {
      const check = checkDay(input, { allowFuture: rule.when !== 'past', now });
      return check.ok ? { ok: true, value: check.iso } : { ok: false, reason: `${what}: ${check.reason}` };
    }
    case 'time': {
      const minutes = parseTime(input);
      return minutes === undefined
        ? { ok: false, reason: `${what}: "${input.trim()}" không phải giờ hợp lệ. Sửa: ghi giờ:phút theo 24 giờ, ví dụ 07:30 hoặc 14:00.` }
        : { ok: true, value: hhmm(minutes) };
    }
    case 'unitCode':
      return /^\d{5}$/.test(input.trim())
        ? { ok: true, value: input.trim() }
        : { ok: false, reason: `${what}: "${input.trim()}" không phải mã 5 chữ số. Sửa: chọn phường/xã theo tên, hoặc chép mã (ví dụ "27664") từ trang phường/xã; trong bảng tính, định dạng cột là văn bản để giữ số 0 đầu.` };
  }
}

/**
 * The one rule across two fields of a session: the end comes after the start. Undefined when fine
 * (or when either time is not a time: that is the time field's own message).
 */
export function checkTimeRange(start: string, end: string): string | undefined {
  const a = parseTime(start);
  const b = parseTime(end);
  if (a === undefined || b === undefined || b > a) return undefined;
  return `Giờ kết thúc (${hhmm(b)}) không sau giờ bắt đầu (${hhmm(a)}). Sửa: kiểm tra lại hai giờ.`;
}
