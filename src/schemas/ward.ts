import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { httpsUrl, isoDate, nonEmpty, phone } from './common';
import { isMapUrl } from '../lib/official-hosts';

/** A contact point exactly as a source document names it; never filled in from memory. */
export const contactPointSchema = z.object({
  name: nonEmpty('tên nơi liên hệ (name)', 160),
  /** Person and role when the document names one, e.g. "Thiếu tá Triệu Hồng Đức, Đội trưởng". */
  person: z.string().max(160).optional(),
  address: z.string().max(200).optional(),
  phone: phone.optional(),
  /** Opening hours as the source states them. */
  hours: z.string().max(160).optional(),
  mapUrl: httpsUrl
    .refine((value) => isMapUrl(new URL(value)), {
      message: 'mapUrl phải là đường dẫn bản đồ https://www.google.com/maps/…, https://maps.google.com/… hoặc https://www.openstreetmap.org/…, không dùng đường dẫn rút gọn hay trang khác.',
    })
    .optional(),
  source: reference('sources'),
  /** When someone checked this against the source or by calling. */
  verified: isoDate,
  /** True for contacts of units that no longer exist (pre-2025 districts): shown as history, not as the current contact. */
  historical: z.boolean().default(false),
});

/** content/wards/<code>.yaml: verified details for one current commune-level unit. */
export const wardDetailsSchema = z.object({
  /** Official 5-digit code of the current unit (Quyết định/Công văn 1027/CTK-CSCL). */
  code: z.string().regex(/^\d{5}$/, 'code phải là mã 5 chữ số của phường/xã hiện nay, ví dụ "27664".'),
  contacts: z.array(contactPointSchema).default([]),
  mobileTeam: z
    .object({ schedule: nonEmpty('lịch tổ lưu động (schedule)', 400), source: reference('sources'), verified: isoDate })
    .optional(),
  notes: z.string().max(600).optional(),
});
