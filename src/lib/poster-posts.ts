import { formatPhone } from './phone.ts';
import { dayText, timeText, type SessionLike } from './sessions.ts';

/**
 * Ready-to-post texts (content/print/messages.yaml) for a ward's Zalo groups and loudspeaker. The
 * only address a written post may carry is the ward's page on this site, inserted here: a forwarded
 * message with any other link is how fake VNeID apps spread. A loudspeaker text carries no address
 * at all (nobody can act on one read aloud): it says what a listener can do by ear. A line whose
 * blank has nothing to fill (no registration day, no contact) is left out. Pure, for the schema and
 * the generator.
 */
export const POST_PLACEHOLDERS = ['don-vi', 'trang', 'tong-dai', 'buoi', 'lien-he'] as const;
export const POST_MEDIA = ['zalo', 'loa'] as const;
export type PostMedium = (typeof POST_MEDIA)[number];
export const UNCONFIGURED_PAGE = '(chưa cấu hình địa chỉ trang)';

/** What is wrong with a template, in Vietnamese with the fix (empty when it is fine). */
export function checkPostText(text: string, medium: PostMedium): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\{([^}]*)\}/g)) {
    if (!(POST_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      problems.push(`Chỗ trống "{${m[1]}}" không có. Sửa: chỉ dùng ${POST_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
    }
  }
  if (medium === 'zalo' && !text.includes('{trang}')) problems.push('Thiếu {trang} (địa chỉ trang của phường/xã). Sửa: thêm {trang} vào cuối tin.');
  if (medium === 'loa' && text.includes('{trang}')) problems.push('Bài đọc trên loa có {trang}: người nghe không bấm được địa chỉ đọc to. Sửa: bỏ {trang}, nói điều làm được bằng tai (nơi đến, giờ, tổng đài, "quét mã QR trên áp phích").');
  const link = /(https?:|www\.|:\/\/|\b[\p{L}\d-]+\.(vn|com|net|org|info|app|me|ly|io)\b)/iu.exec(text);
  if (link) problems.push(`Có đường link hoặc tên miền "${link[0]}". Sửa: bỏ đi; tin chỉ được chứa địa chỉ trang của phường/xã, qua {trang}.`);
  return problems;
}

/** A contact as the posts name it (typed in the generator, or the ward's published one). */
export interface PostContact {
  place: string;
  address?: string | undefined;
  /** National digits. */
  phone?: string | undefined;
  hours?: string | undefined;
}

export interface PostContext {
  /** "Xã Cần Giờ"; undefined for the national text. */
  wardName?: string | undefined;
  /** Absolute address of the ward's page (or of the lookup); null while siteUrl is the placeholder. */
  pageUrl: string | null;
  hotline: string;
  session?: SessionLike | undefined;
  contact?: PostContact | undefined;
}

/** "ngày 12 tháng 12, từ 7 giờ 30 đến 11 giờ": a day and times as they are read aloud. */
function spokenSession(s: SessionLike): string {
  const [, month, day] = (typeof s.date === 'string' ? s.date : s.date.toISOString().slice(0, 10)).split('-').map(Number);
  const weekday = dayText(s.date).split(' ').slice(0, -1).join(' ');
  const clock = (t: string) => {
    const [h, m] = t.split(':').map(Number);
    return m ? `${h} giờ ${m}` : `${h} giờ`;
  };
  return `${weekday}, ngày ${day} tháng ${month}, từ ${clock(s.start)} đến ${clock(s.end)}, tại ${s.place}`;
}

/** The text with its blanks filled; a line whose blank has nothing to fill is left out. */
export function fillPostText(template: string, medium: PostMedium, { wardName, pageUrl, hotline, session, contact }: PostContext): string {
  const values: Record<(typeof POST_PLACEHOLDERS)[number], string> = {
    'don-vi': wardName ?? 'phường, xã của bạn',
    trang: pageUrl ?? UNCONFIGURED_PAGE,
    'tong-dai': hotline,
    buoi: session ? (medium === 'loa' ? spokenSession(session) : `${dayText(session.date)}, ${timeText(session)}, tại ${session.place}${session.audience ? ` (dành cho ${session.audience})` : ''}`) : '',
    'lien-he': contact ? [contact.place, contact.address, contact.phone ? `điện thoại ${formatPhone(contact.phone)}` : undefined, contact.hours].filter(Boolean).join(', ') : '',
  };
  return template
    .split('\n')
    .filter((line) => ![...line.matchAll(/\{(buoi|lien-he)\}/g)].some((m) => !values[m[1] as 'buoi' | 'lien-he']))
    .join('\n')
    .replace(/\{(don-vi|trang|tong-dai|buoi|lien-he)\}/g, (_, key: (typeof POST_PLACEHOLDERS)[number]) => values[key]);
}
