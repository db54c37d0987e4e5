import { z } from 'zod/v4';
import { dayField, field, nonEmpty, optionalField, optionalText, pastDay, says, sourceRef, strictObject } from './common.ts';
import { checkTimeRange } from '../lib/field-rules.ts';

export const unitCode = field('unit.code');

/** A contact point exactly as a source document names it; never filled in from memory. */
export const contactPointSchema = strictObject({
  name: field('contact.name'),
  /** Role when the document names one, e.g. "Tiếp công dân". Never a private person's mobile number. */
  person: optionalField('contact.person'),
  address: optionalField('contact.address'),
  phone: optionalField('contact.phone'),
  /** Opening hours as the source states them. */
  hours: optionalField('contact.hours'),
  mapUrl: optionalField('contact.mapUrl'),
  source: sourceRef(),
  /** When someone checked this against the source or by calling. */
  verified: dayField('contact.verified'),
  /** True for contacts of units that no longer exist (pre-2025 districts): shown as history, not as the current contact. */
  historical: z.boolean(says('', 'historical phải là true hoặc false. Sửa: xem ví dụ trong tệp mẫu.')).default(false),
});

/**
 * A registration day the ward itself announces (buổi đăng ký, kích hoạt tập trung): the ward's staff
 * are its source. A day that has passed stays in the file as a record; the build and the page leave
 * it out of what residents see as upcoming.
 */
export const sessionSchema = strictObject({
  date: dayField('session.date'),
  start: field('session.start'),
  end: field('session.end'),
  place: field('session.place'),
  /** Who it is for, when not everyone ("Người từ 14 tuổi chưa có tài khoản mức 2"). */
  audience: optionalField('session.audience'),
  /** What to bring, only when it differs from the usual (the card, the phone with the registered SIM). */
  bring: optionalField('session.bring'),
  /** An office line to ask about this day. */
  phone: optionalField('session.phone'),
}).superRefine((session, ctx) => {
  const problem = checkTimeRange(session.start, session.end);
  if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
});

export type WardSession = z.infer<typeof sessionSchema>;

/** content/wards/<code>.yaml: verified details for one current commune-level unit. */
export const wardDetailsSchema = strictObject({
  /** Official 5-digit code of the current unit (Quyết định/Công văn 1027/CTK-CSCL). */
  code: unitCode,
  /** The unit's official name, so the file and the editing app's list say which ward it is (checked against the national list). */
  name: optionalText('tên phường/xã (name)', 100),
  contacts: z.array(contactPointSchema, says('', 'contacts phải là một danh sách, mỗi liên hệ bắt đầu bằng "- name: …". Sửa: xem ví dụ trong tệp mẫu.')).default([]),
  sessions: z.array(sessionSchema, says('', 'sessions phải là một danh sách, mỗi buổi bắt đầu bằng "- date: …". Sửa: xem ví dụ trong tệp mẫu.')).default([]),
  mobileTeam: strictObject({ schedule: nonEmpty('lịch tổ lưu động (schedule)', 400), source: sourceRef(), verified: pastDay }).optional(),
  notes: optionalField('ward.notes'),
});

export type WardDetails = z.infer<typeof wardDetailsSchema>;
