// Bad input in YAML files and frontmatter: every field through its schema, unknown keys, dates,
// references, text rules, files in the wrong place, an interrupted import. Each case breaks one thing
// in a copy of the real content/ and must be refused with the file, the line, the field and the fix.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, edit, expectRefused, problemsOf, setFrontmatter, write } from '../../support/content-copy';

const FAQ = 'faq/mo-khoa-tai-khoan.md';
const GUIDE = 'guides/kich-hoat-tren-dien-thoai.mdx';
const SITE = 'settings/site.yaml';
const WARD = 'wards/26758.yaml';

type Case = [string, (dir: string) => void, string[]];
const refused = (cases: Case[]) =>
  it.each(cases)('%s', (_what, breakIt, phrases) => {
    const dir = copyContent();
    breakIt(dir);
    expectRefused(problemsOf(dir), phrases);
  });

describe('settings (content/settings/site.yaml)', () => {
  const site = (change: (t: string) => string) => (dir: string) => edit(dir, SITE, change);
  refused([
    ['siteUrl without https', site((t) => t.replace(/siteUrl: .*/, 'siteUrl: vneid-guide.example.vn')), [SITE, 'dòng', '"siteUrl"', 'không phải địa chỉ web hợp lệ']],
    ['siteUrl with a space', site((t) => t.replace(/siteUrl: .*/, 'siteUrl: https://phuong ban co.gov.vn')), [SITE, '"siteUrl"', 'có dấu cách']],
    ['siteUrl path disagreeing with basePath', site((t) => t.replace(/siteUrl: .*/, 'siteUrl: https://p.gov.vn/vneid/')), [SITE, 'đường dẫn /vneid/ nhưng "basePath" là /']],
    ['a key written twice', site((t) => `${t}\nsiteName: Trùng\n`), [SITE, 'dòng', 'được ghi hai lần']],
    ['a misspelt key', site((t) => t.replace('siteUrl:', 'siteURL:')), [SITE, 'dòng', 'Trường lạ "siteURL": có phải "siteUrl"?']],
    ['a hotline that is not a number', site((t) => t.replace('phone: 1900 0368', 'phone: 0123 456')), [SITE, 'trường "hotlines.0.phone"', 'không phải số điện thoại Việt Nam hợp lệ']],
    ['two numbers in one hotline', site((t) => t.replace('phone: 1900 0368', 'phone: "1900 0368, 113"')), [SITE, 'hotlines.0.phone', 'có 2 số điện thoại trong một ô']],
    ['a hotline written as a number (leading 0 lost)', site((t) => t.replace('phone: 1900 0368', 'phone: 0693187111')), [SITE, 'hotlines.0.phone', 'phải là chữ, đang là một số']],
    ['a future lastUpdated', site((t) => t.replace(/lastUpdated: .*/, 'lastUpdated: 2099-01-01')), [SITE, 'lastUpdated', 'ở tương lai']],
    ['lastUpdated with a time', site((t) => t.replace(/lastUpdated: .*/, 'lastUpdated: 2026-11-30T23:30:00+07:00')), [SITE, 'lastUpdated', 'không đúng dạng NĂM-THÁNG-NGÀY']],
    ['a site name with HTML', site((t) => t.replace('siteName: Hướng dẫn VNeID', 'siteName: "<b>Hướng dẫn</b>"')), [SITE, 'siteName', 'có ký tự "<"']],
    ['a site name too long', site((t) => t.replace('siteName: Hướng dẫn VNeID', `siteName: ${'Dài '.repeat(20)}`)), [SITE, 'siteName', 'quá giới hạn 60']],
    ['a locality with a direction override', site((t) => t.replace('locality: Cả nước', 'locality: "Cả \u202Enước"')), [SITE, 'locality', 'U+202E']],
    ['an unknown host', site((t) => t.replace('host: cloudflare-pages', 'host: vercel')), [SITE, 'host', 'host phải là một trong']],
    ['an operator without a name', site((t) => `${t}\noperator:\n  phone: 028 3829 7009\n`), [SITE, 'operator.name', 'Thiếu tên đơn vị vận hành']],
    ['an operator phone that is not Vietnamese', site((t) => `${t}\noperator:\n  name: UBND phường X\n  phone: "+1 202 555 0100"\n`), [SITE, 'operator.phone', 'không phải số điện thoại Việt Nam']],
    ['a scope province in capitals', site((t) => `${t}\nscope:\n  provinces: [Ho-Chi-Minh]\n`), [SITE, 'scope.provinces.0', 'viết không dấu']],
    ['a national site over http', site((t) => `${t}\nscope:\n  nationalSite: http://vneid.example.gov.vn\n`), [SITE, 'scope.nationalSite', 'bắt đầu bằng https://']],
  ]);
});

describe('sources (content/sources.yaml)', () => {
  const add = (entry: string) => (dir: string) => edit(dir, 'sources.yaml', (t) => `${t}\nmoi-them:\n${entry}`);
  // A complete legal source but for the one thing each case breaks.
  const base = '  title: Văn bản mới\n  issuer: Bộ Công an\n  kind: nghi-dinh\n  read: 2026-11-01\n  readHow: chua-doc\n  readVia: Chưa đọc\n  noOfficialUrl: Chưa công bố\n';
  refused([
    ['a missing title', add('  issuer: Bộ Công an\n  kind: nghi-dinh\n  read: 2026-11-01\n'), ['sources.yaml', 'mục "moi-them"', 'Thiếu tên văn bản (title)']],
    ['an unknown kind', add(base.replace('nghi-dinh', 'cong-van')), ['sources.yaml', 'trường "kind"', 'kind phải là một trong']],
    ['a reading day in the future', add(base.replace('2026-11-01', '2099-01-01')), ['sources.yaml', 'trường "read"', 'ở tương lai']],
    ['a date not on the calendar', add(`${base}  date: 2026-02-30\n`), ['sources.yaml', 'trường "date"', 'không có trên lịch']],
    ['a misspelt field', add(`${base}  notes: ghi chú\n`), ['sources.yaml', 'dòng', 'Trường lạ "notes": có phải "note"?']],
    ['an unknown way of reading', add(base.replace('readHow: chua-doc', 'readHow: doc-luot')), ['sources.yaml', 'readHow', 'readHow phải là một trong']],
    ['a quotation without saying where it was read', add(base.replace('readHow: chua-doc', 'readHow: trich-bao-chi').replace('  readVia: Chưa đọc\n', '')), ['sources.yaml', 'readVia', 'cần ghi readVia']],
    ['an official text on a press host', add(`${base}  officialUrl: https://thuvienphapluat.vn/van-ban/x.aspx\n`), ['sources.yaml', 'officialUrl', 'không phải bản chính thức']],
    ['a decree without saying how it was read', add('  title: Văn bản mới\n  issuer: Chính phủ\n  kind: nghi-dinh\n  read: 2026-11-01\n  noOfficialUrl: Chưa công bố\n'), ['sources.yaml', 'readHow', 'cần ghi readHow']],
    ['a decree with neither its official text nor why not', add(base.replace('  noOfficialUrl: Chưa công bố\n', '')), ['sources.yaml', 'officialUrl', 'hoặc noOfficialUrl nói vì sao chưa có']],
    ['a non-press source linking to a press host', add(`${base}  url: https://dantri.com.vn/bai.htm\n`), ['sources.yaml', 'trường "url"', 'không phải tên miền chính thức']],
    ['a replacement that does not exist', add(`${base}  replacedBy: nd-khong-co\n`), ['sources.yaml', 'replacedBy', 'dẫn tới "nd-khong-co"', 'không có mục này']],
    ['an amendment that does not exist', add(`${base}  amendedBy: [nd-khong-co]\n`), ['sources.yaml', 'amendedBy.0', 'dẫn tới "nd-khong-co"']],
    ['a title with a zero-width space', add(base.replace('Văn bản mới', '"Văn\u200b bản mới"')), ['sources.yaml', 'title', 'khoảng trắng không độ rộng']],
    ['a title written over two lines', add(base.replace('title: Văn bản mới', 'title: "Văn bản\\nmới"')), ['sources.yaml', 'title', 'xuống dòng']],
    ['a key written twice', add(base).bind(null), ['sources.yaml', 'dòng'] as string[]].map((x, i) => (i === 1 ? (dir: string) => edit(dir, 'sources.yaml', (t) => `${t}\nnd-69-2024:\n  title: Bản chép trùng\n`) : i === 2 ? ['sources.yaml, dòng', 'được ghi hai lần'] : x)) as Case,
  ]);

  it('a wrong field in a cited source is one problem, not one per page citing it', () => {
    const dir = copyContent();
    edit(dir, 'sources.yaml', (t) => t.replace(/^(nd-69-2024:\n(?:  .*\n)*?  note: ")/m, `$1${'Quá dài. '.repeat(80)}`));
    const problems = problemsOf(dir);
    expectRefused(problems, ['sources.yaml', 'mục "nd-69-2024"', 'trường "note"', 'quá giới hạn 600']);
    expect(problems).toHaveLength(1);
  });
});

describe('FAQ and guide frontmatter', () => {
  const fm = (file: string, key: string, value: string | undefined) => (dir: string) => setFrontmatter(dir, file, key, value);
  refused([
    ['an unknown topic', fm(FAQ, 'topic', 'linh-tinh'), [FAQ, 'dòng', 'trường "topic"', 'topic phải là một trong: tai-khoan,']],
    ['no sources', fm(FAQ, 'sources', undefined), [FAQ, 'Thiếu danh sách nguồn (sources)']],
    ['an empty list of sources', fm(FAQ, 'sources', '[]'), [FAQ, 'Cần ít nhất một mục trong danh sách nguồn']],
    ['a source that does not exist', fm(FAQ, 'sources', '[nd-khong-co]'), [FAQ, 'dòng', 'sources.0', 'dẫn tới "nd-khong-co"', 'content/sources.yaml']],
    ['a source key with capitals', fm(FAQ, 'sources', '[ND-69-2024]'), [FAQ, 'sources.0', 'không phải một mã']],
    ['a law no longer in force as the basis', fm(FAQ, 'sources', '[nd-59-2022]'), [FAQ, 'dẫn "nd-59-2022", văn bản đã hết hiệu lực (thay bằng "nd-69-2024")']],
    ['a related guide that does not exist', fm(FAQ, 'related', '[khong-co]'), [FAQ, 'related.0', 'dẫn tới "khong-co"', 'content/guides/']],
    ['a question too long', fm(FAQ, 'question', `"${'Hỏi '.repeat(50)}?"`), [FAQ, 'question', 'quá giới hạn 160']],
    ['an answer with a direction override', fm(FAQ, 'answer', '"Gọi \u202E8630 0091"'), [FAQ, 'answer', 'U+202E']],
    ['an answer with HTML in upper case', fm(FAQ, 'answer', '"<A HREF=https://evil.example>Bấm đây</A>"'), [FAQ, 'answer', 'có ký tự "<"']],
    ['keywords that are not a list', fm(FAQ, 'keywords', '"mở khóa"'), [FAQ, 'keywords', 'phải là một danh sách']],
    ['an empty keyword', fm(FAQ, 'keywords', '["mở khóa", ""]'), [FAQ, 'keywords.1', 'Thiếu từ khóa']],
    ['reviewed with a time', fm(FAQ, 'reviewed', '2026-12-01T01:00:00+07:00'), [FAQ, 'dòng', 'reviewed', 'không đúng dạng NĂM-THÁNG-NGÀY']],
    ['reviewed in the future', fm(FAQ, 'reviewed', '2099-01-01'), [FAQ, 'reviewed', 'ở tương lai']],
    ['reviewed on a day not on the calendar', fm(FAQ, 'reviewed', '2026-02-31'), [FAQ, 'reviewed', 'không có trên lịch']],
    ['reviewed missing', fm(FAQ, 'reviewed', undefined), [FAQ, 'Thiếu ngày rà soát (reviewed)']],
    ['a misspelt key (sorces)', (dir) => edit(dir, FAQ, (t) => t.replace(/^sources:/m, 'sorces:')), [FAQ, 'dòng', 'Trường lạ "sorces": có phải "sources"?']],
    ['a key in the wrong case (Reviewed)', (dir) => edit(dir, FAQ, (t) => t.replace(/^reviewed:/m, 'Reviewed:')), [FAQ, 'Trường lạ "Reviewed": có phải "reviewed"?']],
    ['an Astro slug that would change the address', fm(FAQ, 'slug', 'trang-khac'), [FAQ, 'Trường lạ "slug"']],
    ['an order written as text', fm(FAQ, 'order', '"mười"'), [FAQ, 'order', 'order phải là một số']],
    ['a key written twice in frontmatter', (dir) => edit(dir, FAQ, (t) => t.replace(/^topic: (.*)$/m, 'topic: $1\ntopic: su-dung')), [FAQ, 'dòng', 'được ghi hai lần']],
    ['an unclosed quote, at its line', (dir) => edit(dir, FAQ, (t) => t.replace(/^question: "/m, 'question: "Chưa đóng\nx: "')), [FAQ, 'dòng 2', 'lỗi cú pháp YAML']],
    ['no frontmatter at all', (dir) => write(dir, 'faq/khong-dau.md', 'Chỉ có nội dung.\n'), ['faq/khong-dau.md, dòng 1', 'thiếu phần đầu (frontmatter)']],
    ['a guide without an order', fm(GUIDE, 'order', undefined), [GUIDE, 'Thiếu order']],
    ['a guide title too long', fm(GUIDE, 'title', `"${'Tiêu đề dài '.repeat(10)}"`), [GUIDE, 'title', 'quá giới hạn 100']],
    ['a guide with a misspelt key (sumary)', (dir) => edit(dir, GUIDE, (t) => t.replace(/^summary:/m, 'sumary:')), [GUIDE, 'Trường lạ "sumary": có phải "summary"?']],
  ]);
});

describe('ward files (content/wards/<code>.yaml)', () => {
  const ward = (change: (t: string) => string) => (dir: string) => edit(dir, WARD, change);
  const contact = (line: string) => ward((t) => t.replace('    verified: 2026-12-01', `    verified: 2026-12-01\n${line}`));
  const session = (fields: string) => ward((t) => `${t}sessions:\n  - ${fields.trim().split('\n').join('\n    ')}\n`);
  const ok = 'date: 2026-12-12\nstart: "07:30"\nend: "11:00"\nplace: Nhà văn hóa khu phố 3';
  refused([
    ['a phone that is not Vietnamese', contact('    phone: "0123 456"'), [WARD, 'dòng', 'contacts.0.phone', 'không phải số điện thoại Việt Nam hợp lệ']],
    ['two phones in one field', contact('    phone: "028 3829 7009 / 028 3829 7010"'), [WARD, 'contacts.0.phone', 'có 2 số']],
    ['a phone written without quotes (a number)', contact('    phone: 02838297009'), [WARD, 'contacts.0.phone', 'phải là chữ, đang là một số']],
    ['a map link through a shortener', contact('    mapUrl: https://maps.app.goo.gl/abc'), [WARD, 'contacts.0.mapUrl', 'không dẫn tới Google Maps hay OpenStreetMap']],
    ['a map link hiding another host', contact('    mapUrl: https://www.google.com@evil.example/maps'), [WARD, 'contacts.0.mapUrl', 'evil.example']],
    ['a map link over http', contact('    mapUrl: http://www.google.com/maps/place/x'), [WARD, 'contacts.0.mapUrl', 'không phải địa chỉ https đầy đủ']],
    ['hours with a zero-width space', contact('    hours: "7:30\u200b–11:00"'), [WARD, 'contacts.0.hours', 'khoảng trắng không độ rộng']],
    ['an address with a right-to-left override', ward((t) => t.replace(/address: ".*"/, 'address: "82A Nguyễn \u202EThái Học"')), [WARD, 'contacts.0.address', 'U+202E']],
    ['a name with HTML', ward((t) => t.replace(/name: ".*"/, 'name: "<img src=x onerror=alert(1)>"')), [WARD, 'contacts.0.name', 'có ký tự "<"']],
    ['hours too long', contact(`    hours: "${'Thứ Hai đến Thứ Sáu '.repeat(10)}"`), [WARD, 'contacts.0.hours', 'quá giới hạn 160', 'không cắt bớt']],
    ['a verification day in the future', ward((t) => t.replace('verified: 2026-12-01', 'verified: 2099-01-01')), [WARD, 'contacts.0.verified', 'ở tương lai']],
    ['a misspelt field (mapurl)', contact('    mapurl: https://www.google.com/maps/place/x'), [WARD, 'dòng', 'Trường lạ "mapurl": có phải "mapUrl"?']],
    ['a source that does not exist', ward((t) => t.replace(/source: .*/, 'source: khong-co')), [WARD, 'contacts.0.source', 'dẫn tới "khong-co"']],
    ['a code that differs from the file name', ward((t) => t.replace('code: "26758"', 'code: "26759"')), [WARD, 'khác tên tệp 26758.yaml']],
    ['a code without quotes losing its form', ward((t) => t.replace('code: "26758"', 'code: 26758')), [WARD, 'code', 'phải là chữ, đang là một số']],
    ['a session ending before it starts', session(`${ok.replace('"11:00"', '"07:00"')}`), [WARD, 'sessions.0.end', 'không sau giờ bắt đầu']],
    ['a session at 25:00', session(ok.replace('"07:30"', '"25:00"')), [WARD, 'sessions.0.start', 'không phải giờ hợp lệ']],
    ['a session on 30 February', session(ok.replace('2026-12-12', '2027-02-30')), [WARD, 'sessions.0.date', 'không có trên lịch']],
    ['a session without a place', session(ok.replace('\nplace: Nhà văn hóa khu phố 3', '')), [WARD, 'sessions.0.place', 'Thiếu địa điểm']],
    ['a session place too long', session(ok.replace('Nhà văn hóa khu phố 3', `"${'Nhà văn hóa '.repeat(15)}"`)), [WARD, 'sessions.0.place', 'quá giới hạn 120']],
    ['a session with a misspelt field', session(`${ok}\nadress: số 10`), [WARD, 'Trường lạ "adress"']],
    ['a session phone that is not a number', session(`${ok}\nphone: "gọi chú Ba"`), [WARD, 'sessions.0.phone', 'không phải chữ số']],
    ['a session audience with a bidi isolate', session(`${ok}\naudience: "Người \u2067cao tuổi"`), [WARD, 'sessions.0.audience', 'cô lập hướng chữ']],
  ]);

  it('accepts a landline written with brackets, and a published day that has passed (kept as a record)', () => {
    const dir = copyContent();
    contact('    phone: "(028) 3874 0312"')(dir);
    session('date: 2026-01-10\nstart: "7:30"\nend: "11:00"\nplace: Nhà văn hóa khu phố 3')(dir);
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('other content files', () => {
  refused([
    ['a YAML file where nothing reads it', (dir) => write(dir, 'ghi-chu.yaml', 'a: 1\n'), ['ghi-chu.yaml', 'tệp không được đọc']],
    ['a ward file with the .yml extension', (dir) => write(dir, 'wards/26758.yml', 'code: "26758"\n'), ['wards/26758.yml', 'tệp không được đọc']],
    ['a text file among the answers', (dir) => write(dir, 'faq/x.txt', 'x'), ['faq/x.txt', 'tệp không được đọc']],
    ['a guide in a subfolder', (dir) => { mkdirSync(join(dir, 'guides/nhap')); write(dir, 'guides/nhap/x.mdx', '---\ntitle: x\n---\n'); }, ['guides/nhap/x.mdx', 'tệp không được đọc']],
    ['an FAQ written as MDX', (dir) => write(dir, 'faq/x.mdx', '---\nquestion: x\n---\n'), ['faq/x.mdx', 'tệp không được đọc']],
    ['a link with an unknown kind', (dir) => edit(dir, 'links.yaml', (t) => t.replace('kind: app-store', 'kind: apk')), ['links.yaml', 'mục "appStore"', 'kind phải là một trong']],
    ['a store link over http', (dir) => edit(dir, 'links.yaml', (t) => t.replace('https://apps.apple.com', 'http://apps.apple.com')), ['links.yaml', 'trường "url"', 'bắt đầu bằng https://']],
    ['a message without sources', (dir) => edit(dir, 'messages.yaml', (t) => t.replace(/^  sources: .*\n/m, '')), ['messages.yaml', 'mục "approval-sms"', 'Thiếu danh sách nguồn']],
    ['a split into one unit', (dir) => edit(dir, 'unit-splits.yaml', (t) => t.replace(/into: \[("\d{5}"), "\d{5}"\]/, 'into: [$1]')), ['unit-splits.yaml', 'into', 'ít nhất 2 đơn vị mới']],
    ['a province resolution that does not exist', (dir) => edit(dir, 'unit-resolutions.yaml', (t) => t.replace('"01": nq-1656-2025', '"01": nq-9999-2025')), ['unit-resolutions.yaml', 'mục "01"', 'dẫn tới "nq-9999-2025"']],
    ['a poster with two steps', (dir) => edit(dir, 'print/poster.yaml', (t) => t.replace(/  - text: Khi nhận tin nhắn[\s\S]*?sources: \[[^\]]*\]\n/, '')), ['print/poster.yaml', 'steps', 'đúng 3 bước']],
    ['a poster headline with a zero-width joiner', (dir) => edit(dir, 'print/poster.yaml', (t) => t.replace('headline: Tải ứng dụng VNeID chính thức', 'headline: "Tải VNeID\u200d chính thức"')), ['print/poster.yaml', 'headline', 'zero-width joiner']],
    ['a most-asked question that does not exist', (dir) => edit(dir, 'search/popular.yaml', (t) => t.replace('  - quen-mat-khau', '  - quen-mat-khau-cu')), ['search/popular.yaml', 'popular.2', 'dẫn tới "quen-mat-khau-cu"']],
    ['a search page path without its slash', (dir) => edit(dir, 'search/pages.yaml', (t) => t.replace(/path: \/in-an\/\n/, 'path: /in-an\n')), ['search/pages.yaml', 'path', 'kết thúc bằng "/"']],
  ]);
});

describe('an interrupted write is never published', () => {
  refused([
    ['stray temporary files of an import that was killed', (dir) => write(dir, 'wards/26758.yaml.tmp', 'code: "26758"\n'), ['Còn 1 tệp tạm', 'wards/26758.yaml.tmp', 'npm run wards:import -- --khoi-phuc']],
    ['the journal of an import killed during its renames', (dir) => write(dir, '.ghi-dang-do.json', JSON.stringify({ what: 'nhập liên hệ', started: '2026-12-03T01:00:00Z', files: ['wards/26758.yaml'] })), ['.ghi-dang-do.json', 'bị ngắt giữa chừng', 'npm run wards:import -- --khoi-phuc']],
  ]);
});

it('the real content/ passes (the control case)', () => {
  expect(problemsOf('content')).toEqual([]);
});

it('reports every problem at once, not the first only', () => {
  const dir = copyContent();
  setFrontmatter(dir, FAQ, 'topic', 'linh-tinh');
  edit(dir, SITE, (t) => t.replace('phone: 1900 0368', 'phone: 0123 456'));
  edit(dir, WARD, (t) => t.replace('verified: 2026-12-01', 'verified: 2099-01-01'));
  const problems = problemsOf(dir);
  expect(problems.filter((p) => p.includes(FAQ) || p.includes(SITE) || p.includes(WARD))).toHaveLength(3);
});

describe('units named in content are current units', () => {
  refused([
    ['a ward file for a code that is not a current unit', (dir) => write(dir, 'wards/99999.yaml', 'code: "99999"\ncontacts: []\n'), ['wards/99999.yaml', 'mã "99999" không phải phường/xã/đặc khu hiện nay']],
    ['a split into a code that is not a current unit', (dir) => edit(dir, 'unit-splits.yaml', (t) => t.replace(/into: \[("\d{5}"), "\d{5}"\]/, 'into: [$1, "99998"]')), ['unit-splits.yaml', 'mã "99998" không phải']],
  ]);
});

describe('a ward file names its unit truthfully', () => {
  refused([
    ['a name that is not the unit of that code', (dir) => edit(dir, WARD, (t) => t.replace('code: "26758"', 'code: "26758"\nname: Phường Bến Thành')), [WARD, 'trường "name"', 'không phải tên của mã 26758']],
  ]);
});

describe('English pages (content/en/)', () => {
  const EN_FAQ = 'en/faq/forgot-passcode.md';
  const EN_GUIDE = 'en/guides/forgot-passcode.mdx';
  refused([
    ['an English answer whose twin does not exist', (dir) => setFrontmatter(dir, EN_FAQ, 'twin', 'khong-co-cau-nay'), [EN_FAQ, 'trường "twin"', 'không có mục này trong content/faq/']],
    ['an English guide without its Vietnamese twin', (dir) => edit(dir, EN_GUIDE, (t) => t.replace(/^twin: .*\n/m, '')), [EN_GUIDE, 'Thiếu hướng dẫn tiếng Việt tương ứng (twin)']],
    ['two English answers with one Vietnamese twin', (dir) => setFrontmatter(dir, 'en/faq/forgot-password.md', 'twin', 'quen-passcode'), ['en/faq/forgot-password.md', '"quen-passcode" đã là bản tiếng Việt của forgot-passcode']],
    ['a Vietnamese topic on an English answer', (dir) => setFrontmatter(dir, EN_FAQ, 'topic', 'dang-ky'), [EN_FAQ, 'topic phải là một trong: basics']],
    ['a link to an English page that does not exist', (dir) => edit(dir, EN_FAQ, (t) => `${t}\nSee [this](/en/guides/khong-co/).\n`), [EN_FAQ, 'không có trong content/en/guides/']],
    ['an English page in a sub-folder nothing reads', (dir) => (mkdirSync(join(dir, 'en/faq/old'), { recursive: true }), write(dir, 'en/faq/old/x.md', '---\nquestion: x\n---\n')), ['en/faq/old/x.md', 'tệp không được đọc']],
  ]);
});
