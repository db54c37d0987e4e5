// One page per template: the quality tests (axe, CSP, privacy), the HTML validator and the
// benchmarks all walk this list, so a new kind of page is added here once and is checked everywhere.

/**
 * @typedef {{ id: string, name: string, path: string, status?: number, redirects?: boolean }} Template
 * path is relative to the site's base; `redirects` marks pages that only forward to another.
 */

/** @type {Template[]} */
export const TEMPLATES = [
  { id: 'home', name: 'Trang chủ', path: '' },
  { id: 'guides', name: 'Danh sách hướng dẫn', path: 'huong-dan/' },
  { id: 'guide', name: 'Hướng dẫn', path: 'huong-dan/kich-hoat-tren-may-tinh/' },
  { id: 'guide-print', name: 'Bản in hướng dẫn', path: 'huong-dan/dang-ky-muc-2/in/' },
  { id: 'faq', name: 'Hỏi đáp', path: 'hoi-dap/' },
  { id: 'faq-entry', name: 'Một câu hỏi', path: 'hoi-dap/quen-mat-khau/' },
  { id: 'search', name: 'Kết quả tìm kiếm', path: 'tim-kiem/?q=quen+mat+khau' },
  { id: 'ward-lookup', name: 'Tìm phường/xã', path: 'phuong-xa/' },
  { id: 'province', name: 'Tỉnh/thành phố', path: 'phuong-xa/tinh/ho-chi-minh/' },
  { id: 'ward', name: 'Phường/xã', path: 'phuong-xa/27664/' },
  { id: 'former-unit', name: 'Phường/xã cũ (chuyển tiếp)', path: 'phuong-xa/cu/ho-chi-minh/huyen-can-gio/thi-tran-can-thanh/', redirects: true },
  { id: 'former-unit-split', name: 'Phường/xã cũ đã chia', path: 'phuong-xa/cu/ho-chi-minh/huyen-can-gio/xa-an-thoi-dong/' },
  { id: 'download', name: 'Tải ứng dụng', path: 'tai-ung-dung/' },
  { id: 'generator', name: 'Tạo ấn phẩm in', path: 'in-an/' },
  // One page per print format; the ward comes from ?ma= (filled in by the sheet's script).
  { id: 'poster-a4', name: 'Áp phích A4', path: 'in-an/a4/?ma=27664' },
  { id: 'poster-a3', name: 'Áp phích A3', path: 'in-an/a3/?ma=27664' },
  { id: 'leaflet-a5', name: 'Tờ rơi A5', path: 'in-an/a5/?ma=27664' },
  { id: 'stickers', name: 'Nhãn dán', path: 'in-an/nhan-dan/' },
  { id: 'session-notice', name: 'Thông báo buổi đăng ký', path: 'in-an/thong-bao-a4/?ma=27664' },
  { id: 'sources', name: 'Nguồn', path: 'nguon/' },
  { id: 'staff', name: 'Dành cho cán bộ', path: 'can-bo/' },
  { id: 'not-found', name: 'Trang 404', path: 'khong-co-trang-nay/', status: 404 },
  // The English pages for foreign residents (/en/).
  { id: 'en-home', name: 'English: home', path: 'en/' },
  { id: 'en-guides', name: 'English: guides', path: 'en/guides/' },
  { id: 'en-guide', name: 'English: a guide', path: 'en/guides/foreigners-level-2/' },
  { id: 'en-faq', name: 'English: questions', path: 'en/faq/' },
  { id: 'en-faq-entry', name: 'English: one answer', path: 'en/faq/forgot-passcode/' },
  { id: 'en-search', name: 'English: search results', path: 'en/search/?q=forgot+passcode' },
  { id: 'en-ward', name: 'English: ward page', path: 'en/ward/?code=27664' },
  { id: 'en-download', name: 'English: get the app', path: 'en/download/' },
  { id: 'en-sources', name: 'English: sources', path: 'en/sources/' },
];
