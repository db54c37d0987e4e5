/**
 * Ready-to-post texts (content/print/messages.yaml) for a ward's Zalo groups and loudspeaker. The
 * only address they may carry is the ward's page on this site, inserted here: a forwarded message
 * with any other link is how fake VNeID apps spread. Pure, for the schema and the generator.
 */
export const POST_PLACEHOLDERS = ['don-vi', 'trang', 'tong-dai'] as const;
export const UNCONFIGURED_PAGE = '(chưa cấu hình địa chỉ trang)';

/** What is wrong with a template, in Vietnamese with the fix (empty when it is fine). */
export function checkPostText(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\{([^}]*)\}/g)) {
    if (!(POST_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      problems.push(`Chỗ trống "{${m[1]}}" không có. Sửa: chỉ dùng ${POST_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
    }
  }
  if (!text.includes('{trang}')) problems.push('Thiếu {trang} (địa chỉ trang của phường/xã). Sửa: thêm {trang} vào cuối tin.');
  const link = /(https?:|www\.|:\/\/|\b[\p{L}\d-]+\.(vn|com|net|org|info|app|me|ly|io)\b)/iu.exec(text);
  if (link) problems.push(`Có đường link hoặc tên miền "${link[0]}". Sửa: bỏ đi; tin chỉ được chứa địa chỉ trang của phường/xã, qua {trang}.`);
  return problems;
}

export interface PostContext {
  /** "Xã Cần Giờ"; undefined for the national text. */
  wardName?: string | undefined;
  /** Absolute address of the ward's page (or of the lookup); null while siteUrl is the placeholder. */
  pageUrl: string | null;
  hotline: string;
}

/** The text with its blanks filled: the ward, its page address (or why there is none), the hotline. */
export function fillPostText(template: string, { wardName, pageUrl, hotline }: PostContext): string {
  const values: Record<string, string> = {
    'don-vi': wardName ?? 'phường, xã của bạn',
    trang: pageUrl ?? UNCONFIGURED_PAGE,
    'tong-dai': hotline,
  };
  return template.replace(/\{(don-vi|trang|tong-dai)\}/g, (_, key: string) => values[key]!);
}
