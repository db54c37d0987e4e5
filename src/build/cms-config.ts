import { FIELD_RULES, type FieldId, type FieldRule } from '../lib/field-rules.ts';
import type { Policy } from '../lib/security-headers.ts';

/**
 * The staff editing app's configuration (Decap CMS), generated from the field-rules table: every
 * field staff can edit is one of our own widgets ("vn-field", src/components/cms/widgets.ts) that
 * checks its value with checkField — the very rule the schemas, the importers and the generator
 * apply — so what the app accepts always builds, and what the build refuses the app refuses, with
 * the same Vietnamese message. Decap's "pattern" is never used: a regular expression copied here
 * would drift from the rule.
 */

export const CMS_PATH = '/quan-tri/';
/** Decap's local proxy (`npm run cms`, tests): used only when the app is opened on localhost. */
export const LOCAL_BACKEND = 'http://localhost:8081/api/v1';

export interface CmsSettings {
  backend: 'gitlab' | 'github';
  repo: string;
  branch: string;
  appId?: string | undefined;
  apiRoot?: string | undefined;
  baseUrl?: string | undefined;
}

export interface CmsInput {
  cms?: CmsSettings | undefined;
  siteUrl: string;
  /** Keys and titles of content/sources.yaml, for the "source" choices. */
  sources: { id: string; title: string; issuer: string }[];
}

type DecapField = Record<string, unknown>;

/** One of our checked fields: its label, hint and rule come from the table. */
export function ruleField(name: string, id: FieldId, { required = false } = {}): DecapField {
  const rule = FIELD_RULES[id] as FieldRule;
  const label = rule.label.replace(/ \([^)]*\)$/, '');
  return {
    name,
    label: label.charAt(0).toUpperCase() + label.slice(1),
    widget: 'vn-field',
    rule: id,
    // Decap says "(không bắt buộc)" beside optional fields and checks presence itself; every value
    // typed is checked by the widget with the rule (isValid), so refusals read as the schema's.
    required,
    mustFill: required,
    ...(rule.hint ? { hint: rule.hint } : {}),
  };
}

const sourceField = (sources: CmsInput['sources'], fallback: string): DecapField => ({
  name: 'source',
  label: 'Nguồn',
  widget: 'select',
  default: fallback,
  hint: 'Văn bản hoặc trang ghi thông tin này. Thông tin phường/xã tự công bố: chọn "Thông tin do phường/xã công bố trên trang này".',
  options: sources.map((s) => ({ value: s.id, label: `${s.title} (${s.issuer})`.slice(0, 160) })),
});

export function cmsConfig({ cms, siteUrl, sources }: Omit<CmsInput, 'wardIndex'>) {
  const backend = cms
    ? {
        name: cms.backend,
        repo: cms.repo,
        branch: cms.branch,
        ...(cms.backend === 'gitlab' ? { auth_type: 'pkce', app_id: cms.appId } : {}),
        ...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
        ...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
      }
    : // Not configured: only the local backend works (on the deployer's computer); the page says so elsewhere.
      { name: 'github', repo: 'chua-cau-hinh/vneid-guide', branch: 'main' };
  const self = 'phuong-xa-cong-bo';
  return {
    load_config_file: false,
    backend: { ...backend, commit_messages: { create: 'Thêm {{collection}} “{{slug}}” (trang quản trị)', update: 'Sửa {{collection}} “{{slug}}” (trang quản trị)', delete: 'Xóa {{collection}} “{{slug}}” (trang quản trị)', uploadMedia: 'Tải lên “{{path}}”', deleteMedia: 'Xóa “{{path}}”' } },
    local_backend: { url: LOCAL_BACKEND, allowed_hosts: ['localhost', '127.0.0.1'] },
    locale: 'vi',
    site_url: siteUrl,
    display_url: siteUrl,
    publish_mode: 'simple',
    media_folder: 'public/tai-len',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: 'wards',
        label: 'Phường/xã: liên hệ và buổi đăng ký',
        label_singular: 'phường/xã',
        description: 'Mỗi phường/xã một mục: nơi liên hệ đã xác minh và các buổi đăng ký, kích hoạt tập trung. Trang của phường/xã cập nhật sau khi lưu và trang được dựng lại.',
        folder: 'content/wards',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        delete: false,
        // No preview pane: the form alone fits a phone, and the page itself is the preview after the build.
        editor: { preview: false },
        identifier_field: 'code',
        slug: '{{code}}',
        summary: '{{name}} ({{code}})',
        fields: [
          { name: 'code', label: 'Phường/xã', widget: 'vn-ward', required: true, hint: 'Gõ tên phường/xã, có dấu hoặc không dấu, rồi chọn trong danh sách.' },
          { name: 'name', label: 'Tên phường/xã', widget: 'vn-ward-name', required: false, hint: 'Tự điền theo phường/xã đã chọn.' },
          {
            name: 'sessions',
            label: 'Buổi đăng ký, kích hoạt tập trung',
            label_singular: 'buổi đăng ký',
            widget: 'list',
            required: false,
            // Without this, a sub-field's default would start the list with an empty item.
            default: [],
            summary: '{{fields.date}} {{fields.start}}–{{fields.end}}, {{fields.place}}',
            fields: [
              ruleField('date', 'session.date', { required: true }),
              ruleField('start', 'session.start', { required: true }),
              // The end is also checked against the start of the same day (checkTimeRange), as the schema does.
              { ...ruleField('end', 'session.end', { required: true }), afterField: 'start', inList: 'sessions' },
              ruleField('place', 'session.place', { required: true }),
              ruleField('audience', 'session.audience'),
              ruleField('bring', 'session.bring'),
              ruleField('phone', 'session.phone'),
            ],
          },
          {
            name: 'contacts',
            label: 'Nơi liên hệ đã xác minh',
            label_singular: 'nơi liên hệ',
            widget: 'list',
            required: false,
            default: [],
            summary: '{{fields.name}}',
            fields: [
              ruleField('name', 'contact.name', { required: true }),
              ruleField('person', 'contact.person'),
              ruleField('address', 'contact.address'),
              ruleField('phone', 'contact.phone'),
              ruleField('hours', 'contact.hours'),
              ruleField('mapUrl', 'contact.mapUrl'),
              sourceField(sources, self),
              ruleField('verified', 'contact.verified', { required: true }),
            ],
          },
          ruleField('notes', 'ward.notes'),
        ],
      },
      {
        name: 'settings',
        label: 'Cấu hình trang',
        delete: false,
        editor: { preview: false },
        files: [
          {
            name: 'site',
            label: 'Cấu hình trang (địa chỉ, đơn vị vận hành, đường dây nóng)',
            file: 'content/settings/site.yaml',
            fields: [
              ruleField('siteName', 'site.siteName', { required: true }),
              ruleField('locality', 'site.locality', { required: true }),
              { name: 'siteUrl', label: 'Địa chỉ trang (siteUrl)', widget: 'vn-site-url', required: false, hint: 'Địa chỉ đầy đủ nơi trang được đăng, ví dụ https://vneid.phuong-ban-co.gov.vn. Mã QR trên ấn phẩm dẫn tới đây.' },
              {
                name: 'operator',
                label: 'Đơn vị vận hành trang',
                widget: 'object',
                required: false,
                collapsed: false,
                fields: [ruleField('name', 'site.operatorName', { required: true }), ruleField('phone', 'site.operatorPhone')],
              },
              {
                name: 'hotlines',
                label: 'Đường dây nóng (dòng đầu in trên áp phích)',
                label_singular: 'đường dây nóng',
                widget: 'list',
                required: false,
                default: [],
                summary: '{{fields.label}}',
                fields: [ruleField('label', 'site.hotlineLabel', { required: true }), ruleField('phone', 'site.hotlinePhone', { required: true }), sourceField(sources, 'quan3-cv4998-2023')],
              },
            ],
          },
        ],
      },
      ...(['guides', 'faq'] as const).map((collection) => ({
        name: collection,
        label: collection === 'guides' ? 'Hướng dẫn: ngày rà soát' : 'Hỏi đáp: ngày rà soát',
        label_singular: collection === 'guides' ? 'hướng dẫn' : 'câu hỏi',
        description: 'Sau khi đối chiếu nội dung với văn bản nguồn, ghi ngày rà soát. Nội dung chỉ sửa qua kho mã nguồn.',
        folder: `content/${collection}`,
        extension: collection === 'guides' ? 'mdx' : 'md',
        format: 'frontmatter',
        create: false,
        delete: false,
        editor: { preview: false },
        identifier_field: collection === 'guides' ? 'title' : 'question',
        summary: collection === 'guides' ? '{{title}}' : '{{question}}',
        fields: [
          { name: collection === 'guides' ? 'title' : 'question', label: collection === 'guides' ? 'Tiêu đề' : 'Câu hỏi', widget: 'hidden' },
          ruleField('reviewed', 'page.reviewed', { required: true }),
        ],
      })),
    ],
  };
}

/**
 * The app's own Content-Security-Policy, scoped to its path: the Git host's API (and its avatars),
 * the local proxy for `npm run cms`, and 'unsafe-eval' because Decap validates its configuration
 * with ajv, which compiles schemas with new Function(). Nothing residents open runs under it.
 */
export function cmsPolicy(cms: CmsSettings | undefined): Policy {
  const api = cms?.apiRoot ? new URL(cms.apiRoot).origin : cms?.backend === 'gitlab' ? 'https://gitlab.com' : cms?.backend === 'github' ? 'https://api.github.com' : undefined;
  const login = cms?.baseUrl ? new URL(cms.baseUrl).origin : undefined;
  const avatars = cms?.backend === 'github' ? ['https://avatars.githubusercontent.com'] : cms?.backend === 'gitlab' ? [api!, 'https://secure.gravatar.com'] : [];
  const hosts = [...new Set([api, login].filter((h): h is string => Boolean(h)))];
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...new Set(avatars)],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", new URL(LOCAL_BACKEND).origin, ...hosts],
    'frame-src': ["'self'", ...hosts],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...hosts],
    'frame-ancestors': ["'none'"],
  };
}
