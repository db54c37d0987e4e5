/**
 * The site's fixed words in its two languages: Vietnamese for residents, English for foreign
 * residents (pages under /en/). Components take the language from the page's address (langOfPath),
 * so a guide's <Step> or <WarningText> speaks the language of the page it is on, and nothing is
 * passed down by hand. Content (guides, answers, ward data) lives in content/, not here.
 */

export type Lang = 'vi' | 'en';

/** The language of a page from its path (with or without the base path): /en/… is English. */
export function langOfPath(pathname: string, base = '/'): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  return rest === '/en' || rest.startsWith('/en/') ? 'en' : 'vi';
}

interface Words {
  htmlLang: Lang;
  ogLocale: string;
  /** The site's name on pages of this language; Vietnamese pages use the configured siteName. */
  siteName?: string;
  skip: string;
  navLabel: string;
  nav: readonly { href: string; label: string }[];
  searchAction: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  /** The link to the other language, in that language (so a foreigner recognises it). */
  switchLabel: string;
  /** Two letters for the language link when the phone's text is very large (the full name stays its accessible name). */
  switchShort: string;
  switchHint: string;
  switchHome: string;
  step: (n: number) => string;
  fold: string;
  open: string;
  foldStep: (title: string) => string;
  openStep: (title: string) => string;
  foldAll: string;
  openAll: string;
  stepLink: string;
  warning: string;
  sources: string;
  storeIphone: { label: string; caption: string };
  storeAndroid: { label: string; caption: string };
  footerSources: string;
  footerSourcesHref: string;
  updated: string;
}

const vi: Words = {
  htmlLang: 'vi',
  ogLocale: 'vi_VN',
  skip: 'Bỏ qua, đến nội dung chính',
  navLabel: 'Mục chính',
  nav: [
    { href: '/huong-dan/', label: 'Hướng dẫn' },
    { href: '/hoi-dap/', label: 'Hỏi đáp' },
    { href: '/phuong-xa/', label: 'Phường/xã' },
    { href: '/tai-ung-dung/', label: 'Tải VNeID' },
  ],
  searchAction: '/tim-kiem/',
  searchLabel: 'Tìm trong hướng dẫn, hỏi đáp, phường/xã',
  searchPlaceholder: 'Ví dụ: đổi số điện thoại',
  searchButton: 'Tìm',
  switchLabel: 'English',
  switchShort: 'EN',
  switchHint: 'English pages for foreign residents',
  switchHome: '/en/',
  step: (n: number) => `Bước ${n}: `,
  fold: 'Thu gọn',
  open: 'Mở bước',
  foldStep: (title: string) => `Thu gọn bước: ${title}`,
  openStep: (title: string) => `Mở bước: ${title}`,
  foldAll: 'Thu gọn tất cả các bước',
  openAll: 'Mở tất cả các bước',
  stepLink: 'Xem hướng dẫn chi tiết',
  warning: 'Cảnh báo: ',
  sources: 'Nguồn',
  storeIphone: { label: 'Mã QR tải VNeID cho iPhone trên App Store', caption: 'iPhone (App Store)' },
  storeAndroid: { label: 'Mã QR tải VNeID cho Android trên CH Play', caption: 'Android (CH Play)' },
  footerSources: 'Nguồn thông tin',
  footerSourcesHref: '/nguon/',
  updated: 'Cập nhật',
};

const en: Words = {
  htmlLang: 'en',
  ogLocale: 'en_GB',
  siteName: 'VNeID guide',
  skip: 'Skip to main content',
  navLabel: 'Main',
  nav: [
    { href: '/en/guides/', label: 'Guides' },
    { href: '/en/faq/', label: 'Questions' },
    { href: '/en/ward/', label: 'Your ward' },
    { href: '/en/download/', label: 'Get the app' },
  ],
  searchAction: '/en/search/',
  searchLabel: 'Search the English guides and answers',
  searchPlaceholder: 'e.g. lost my phone',
  searchButton: 'Search',
  switchLabel: 'Tiếng Việt',
  switchShort: 'VI',
  switchHint: 'Trang tiếng Việt',
  switchHome: '/',
  step: (n: number) => `Step ${n}: `,
  fold: 'Hide',
  open: 'Show step',
  foldStep: (title: string) => `Hide step: ${title}`,
  openStep: (title: string) => `Show step: ${title}`,
  foldAll: 'Hide all steps',
  openAll: 'Show all steps',
  stepLink: 'See the full guide',
  warning: 'Warning: ',
  sources: 'Sources',
  storeIphone: { label: 'QR code for VNeID for iPhone on the App Store', caption: 'iPhone (App Store)' },
  storeAndroid: { label: 'QR code for VNeID for Android on Google Play', caption: 'Android (Google Play)' },
  footerSources: 'Where our information comes from',
  footerSourcesHref: '/en/sources/',
  updated: 'Updated',
};

export const UI: Record<Lang, Words> = { vi, en };

/** The words of a page's language. */
export const ui = (lang: Lang): Words => UI[lang];

/**
 * English for what a page's source list says about each document: its kind and how it was read.
 * The documents keep their Vietnamese titles (that is how a foreigner can ask for them).
 */
export const EN_SOURCE_KINDS = {
  luat: 'Law',
  'nghi-dinh': 'Decree',
  'nghi-quyet': 'Resolution',
  'quyet-dinh': 'Decision',
  'thong-tu': 'Circular',
  'chi-thi': 'Directive',
  'trang-chinh-thuc': 'Official page',
  'kho-ung-dung': 'App store',
  'van-ban-dia-phuong': 'Local authority letter',
  'du-lieu': 'Data',
  'bao-chi': 'Press',
} as const;

export const EN_READ_HOW = {
  'toan-van': 'read in full',
  'toan-van-ban-sao': 'read in full from an unofficial copy, not yet checked against the official text',
  'trich-trang-chinh-thuc': 'quoted by an official page, full text not yet checked',
  'trich-bao-chi': 'quoted by the press or a copy, full text not yet checked',
  'chua-doc': 'not yet read',
} as const;

/** "3 December 2026": dates on English pages, in Vietnam's calendar day. */
export function formatDateEn(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}
