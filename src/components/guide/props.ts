/**
 * The components a guide (content/guides/*.mdx) may use, and the props each takes. This is the
 * allowlist the content preflight checks every MDX body against (src/lib/content-body.ts): any
 * other tag, an HTML tag, a prop not listed here, a missing required prop or a prop written as code
 * is refused before Astro compiles the file, so editing a guide can never run code at build time.
 * index.ts passes exactly these components to the guide pages (its type ties the two lists).
 */

export type PropSpec =
  | { type: 'string'; required?: boolean; max?: number }
  | { type: 'number'; required?: boolean }
  | { type: 'strings'; required?: boolean }
  | { type: 'enum'; values: readonly string[]; required?: boolean }
  /** A link: a page of this site or an official https address, checked like links in the body. */
  | { type: 'href'; required?: boolean }
  /** The key of an entry of another content file (SmsMessage id → content/messages.yaml). */
  | { type: 'ref'; collection: 'messages'; required?: boolean };

export interface ComponentSpec {
  /** What the component is, for messages. */
  label: string;
  props: Record<string, PropSpec>;
  /** Whether it wraps Markdown (<Step>…</Step>) or stands alone (<HotlineNote />). */
  children: boolean;
}

export const GUIDE_COMPONENT_PROPS = {
  WarningText: { label: 'ô cảnh báo', props: {}, children: true },
  StepByStep: { label: 'danh sách các bước', props: { label: { type: 'string', required: true, max: 120 } }, children: true },
  Step: {
    label: 'một bước',
    props: {
      title: { type: 'string', required: true, max: 140 },
      n: { type: 'number' },
      logic: { type: 'enum', values: ['và', 'hoặc', 'and', 'or'] },
      href: { type: 'href' },
      linkText: { type: 'string', max: 100 },
    },
    children: true,
  },
  Checklist: { label: 'danh sách cần chuẩn bị', props: { title: { type: 'string', max: 100 } }, children: true },
  SmsMessage: { label: 'tin nhắn mẫu', props: { id: { type: 'ref', collection: 'messages', required: true } }, children: false },
  ScreenSketch: {
    label: 'hình vẽ màn hình',
    props: {
      heading: { type: 'string', required: true, max: 80 },
      fields: { type: 'strings', required: true },
      button: { type: 'string', required: true, max: 60 },
      frame: { type: 'enum', values: ['phone', 'browser'], required: true },
      address: { type: 'string', max: 80 },
      caption: { type: 'string', required: true, max: 300 },
    },
    children: false,
  },
  OfficialStoreQrs: { label: 'mã QR hai kho ứng dụng', props: {}, children: false },
  HotlineNote: { label: 'ghi chú tổng đài', props: {}, children: false },
} as const satisfies Record<string, ComponentSpec>;

export type GuideComponentName = keyof typeof GUIDE_COMPONENT_PROPS;
