import { z } from 'astro/zod';
import { sourceKey } from './refs';
import { mapUrl, nonEmpty, optionalText, pastDay, phone, says } from './common';

export const unitCode = z
  .string(says('Thiếu mã đơn vị (code). Sửa: ghi mã 5 chữ số trong ngoặc kép, ví dụ code: "27664".', 'Mã đơn vị phải ghi trong ngoặc kép, ví dụ "27664" (không có ngoặc, số 0 đầu bị mất).'))
  .regex(/^\d{5}$/, 'Mã đơn vị phải gồm đúng 5 chữ số, ví dụ "27664". Sửa: chép mã từ trang phường/xã.');

/** A contact point exactly as a source document names it; never filled in from memory. */
export const contactPointSchema = z.object({
  name: nonEmpty('tên nơi liên hệ (name)', 160),
  /** Role when the document names one, e.g. "Tiếp công dân". Never a private person's mobile number. */
  person: optionalText('người, chức vụ (person)', 160),
  address: optionalText('địa chỉ (address)', 200),
  phone: phone.optional(),
  /** Opening hours as the source states them. */
  hours: optionalText('giờ làm việc (hours)', 160),
  mapUrl: mapUrl.optional(),
  source: sourceKey(),
  /** When someone checked this against the source or by calling. */
  verified: pastDay,
  /** True for contacts of units that no longer exist (pre-2025 districts): shown as history, not as the current contact. */
  historical: z.boolean(says('', 'historical phải là true hoặc false.')).default(false),
});

/** content/wards/<code>.yaml: verified details for one current commune-level unit. */
export const wardDetailsSchema = z.object({
  /** Official 5-digit code of the current unit (Quyết định/Công văn 1027/CTK-CSCL). */
  code: unitCode,
  contacts: z.array(contactPointSchema, says('', 'contacts phải là một danh sách, mỗi liên hệ bắt đầu bằng "- name: …".')).default([]),
  mobileTeam: z
    .object({ schedule: nonEmpty('lịch tổ lưu động (schedule)', 400), source: sourceKey(), verified: pastDay })
    .optional(),
  notes: optionalText('ghi chú (notes)', 600),
});
