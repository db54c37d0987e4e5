// The check of a Markdown (FAQ) or MDX (guide) body on small inline texts: raw HTML in any letter
// case, MDX code ({expressions}, import/export, spread props), components and props outside the
// allowlist, links and images, invisible characters (typed or written as entities) and the size
// limit. Each problem is one line naming the file, the line and the fix, exactly as staff read it.
// The bad-input corpus (tests/unit/bad-input/) runs the same rules through the whole preflight.
import { describe, expect, it } from 'vitest';
import { checkBodyHref, checkContentBody, MAX_BODY_BYTES, type BodyContext } from '../../src/lib/content-body';
import { PAGE_ROOTS } from '../../src/lib/routes';

const FAQ = 'content/faq/q.md';
const GUIDE = 'content/guides/g.mdx';
const LINK_FIX = 'Sửa: chỉ dẫn tới trang của trang này (viết từ gốc, ví dụ /huong-dan/dang-ky-muc-2/) hoặc trang chính thức https://….gov.vn; bài báo ghi trong content/sources.yaml, không đặt link.';
const COMPONENTS = 'WarningText, StepByStep, Step, Checklist, SmsMessage, ScreenSketch, OfficialStoreQrs, HotlineNote';
const HTML_FIX = 'Sửa: xóa mã HTML; viết bằng Markdown: **đậm**, danh sách, [chữ](/duong-dan/).';

const sites = { guides: new Set(['dang-ky-muc-2']), faq: new Set(['mo-khoa']), linkHosts: ['play.google.com'] };
const context = (kind: BodyContext['kind']): BodyContext => ({ file: kind === 'mdx' ? GUIDE : FAQ, kind, ...sites, messages: new Set(['sms-otp', 'sms-khoa']) });
const md = (source: string) => checkContentBody(source, context('markdown'));
const mdx = (source: string) => checkContentBody(source, context('mdx'));
const href = (address: string) => checkBodyHref(address, sites);
/** The problems of one component in a guide, without the file and line. */
const component = (source: string) => mdx(source).map((p) => p.replace(/^content\/guides\/g\.mdx, dòng \d+: /, ''));

describe('links a body may hold (checkBodyHref)', () => {
  it.each([
    '#buoc-2',
    'tel:19000368',
    'TEL:+84 903.858-668',
    'https://vneid.gov.vn/',
    'HTTPS://VNEID.GOV.VN/tai-khoan',
    'https://vanban.chinhphu.vn/?pageid=27160&docid=210359',
    'https://play.google.com/store/apps/details?id=com.vnid',
    '/',
    '/tai-ung-dung/',
    '/en/download/',
    '/huong-dan/dang-ky-muc-2/',
    '/huong-dan/dang-ky-muc-2/in/',
    '/huong-dan/dang-ky-muc-2/#buoc-2',
    '/huong-dan/dang-ky-muc-2/?a=1#b',
    '/hoi-dap/mo-khoa/',
    '/phuong-xa/27664/',
    '/phuong-xa/tinh/ha-noi/',
    '/phuong-xa/cu/phuong-ben-thanh/',
  ])('takes %s', (address) => {
    expect(href(address)).toBeUndefined();
  });

  it('takes the English pages it is given, and refuses them when it is given none', () => {
    const en = { ...sites, enGuides: new Set(['activate']), enFaq: new Set(['unlock']) };
    expect(checkBodyHref('/en/guides/activate/', en)).toBeUndefined();
    expect(checkBodyHref('/en/faq/unlock/', en)).toBeUndefined();
    expect(href('/en/guides/activate/')).toBe('dẫn tới hướng dẫn tiếng Anh "activate" không có trong content/en/guides/. Sửa: viết đúng tên tệp hướng dẫn.');
    expect(href('/en/faq/unlock/')).toBe('dẫn tới câu hỏi tiếng Anh "unlock" không có trong content/en/faq/. Sửa: viết đúng tên tệp câu hỏi.');
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data:'],
  ])('refuses %s as code run on the page', (address, scheme) => {
    expect(href(address)).toBe(`là mã chạy trên trang (${scheme}). ${LINK_FIX}`);
  });

  it.each(['http://vneid.gov.vn/', 'mailto:hotro@vneid.gov.vn', 'tel:goi-ngay', 'tel:1900x', 'xtel:19000368', 'web+a.b-c:x', '//vneid.gov.vn/', '//evil.example/'])(
    'refuses %s as not https',
    (address) => {
      expect(href(address)).toBe(`không bắt đầu bằng https://. ${LINK_FIX}`);
    },
  );

  it('refuses an address it cannot read', () => {
    expect(href('https://vneid gov.vn/')).toBe(`không đọc được. ${LINK_FIX}`);
  });

  it.each([
    ['https://vneid.gov.vn@evil.example/', 'evil.example'],
    ['https://user@vneid.gov.vn/', 'vneid.gov.vn'],
    ['https://:pass@vneid.gov.vn/', 'vneid.gov.vn'],
    ['https://vneid.gov.vn:8443/', 'vneid.gov.vn:8443'],
  ])('refuses %s, naming the host really reached', (address, host) => {
    expect(href(address)).toBe(`có tên người dùng, mật khẩu hoặc cổng trong địa chỉ (${host}), một cách giả danh trang chính thức. ${LINK_FIX}`);
  });

  it.each([
    ['https://evil.example/', 'evil.example'],
    ['HTTPS://Evil.Example/', 'evil.example'],
    ['https://vneid-gov.vn/', 'vneid-gov.vn'],
    ['https://vneid.gov.vn.evil.example/', 'vneid.gov.vn.evil.example'],
    ['https://maps.app.goo.gl/abc', 'maps.app.goo.gl'],
  ])('refuses %s, an address that is not official', (address, host) => {
    expect(href(address)).toBe(`dẫn ra ${host}, không phải địa chỉ chính thức. ${LINK_FIX}`);
  });

  it.each(['huong-dan/dang-ky-muc-2/', 'trang#muc', 'x#'])('refuses the relative path %s', (address) => {
    expect(href(address)).toBe(`không phải đường dẫn của trang. ${LINK_FIX}`);
  });

  it.each(['/huong-dan/khong-co/', '/huong-dan/khong-co/in/', '/huong-dan/khong-co/#buoc-1', '/huong-dan/khong-co/?a=1'])('refuses %s, a guide that does not exist', (address) => {
    expect(href(address)).toBe('dẫn tới hướng dẫn "khong-co" không có trong content/guides/. Sửa: viết đúng tên tệp hướng dẫn.');
  });

  it('refuses an answer that does not exist, even one whose name looks like a scheme', () => {
    expect(href('/hoi-dap/khong-co/')).toBe('dẫn tới câu hỏi "khong-co" không có trong content/faq/. Sửa: viết đúng tên tệp câu hỏi.');
    expect(href('/hoi-dap/mo:khoa/')).toBe('dẫn tới câu hỏi "mo:khoa" không có trong content/faq/. Sửa: viết đúng tên tệp câu hỏi.');
  });

  it.each(['/phuong-xa', '/huong-dan/dang-ky-muc-2', '/hoi-dap/mo-khoa?x=1'])('asks for the last slash of %s', (address) => {
    expect(href(address)).toBe('thiếu dấu "/" ở cuối. Sửa: ví dụ /phuong-xa/ thay cho /phuong-xa.');
  });

  it.each(['/quan-tri/', '/phuong-xa/2766/', '/phuong-xa/tinh/Ha Noi/', '/fr/'])('refuses %s, a path no page serves, listing the pages', (address) => {
    expect(href(address)).toBe(`không phải trang nào của trang này. Sửa: dùng một trong ${PAGE_ROOTS.join(', ')}, /huong-dan/<tên>/, /hoi-dap/<tên>/ hoặc /phuong-xa/<mã>/.`);
  });
});

describe('raw HTML in a FAQ (Markdown) body', () => {
  it.each([
    ['<ScRiPt>location="https://evil.example"</sCrIpT>', '<ScRiPt>location=\\"https://evil.example\\"<'],
    ['<META HTTP-EQUIV=REFRESH CONTENT="0;URL=https://evil.example/">', '<META HTTP-EQUIV=REFRESH CONTENT=\\"0;URL='],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<!-- <script>alert(1)</script> -->', '<!-- <script>alert(1)</script> -->'],
    ['<!DOCTYPE html>', '<!DOCTYPE html>'],
  ])('refuses %s, quoting its first 40 characters', (html, quoted) => {
    expect(md(`Đoạn đầu.\n\n${html}\n`)).toEqual([`${FAQ}, dòng 3: có mã HTML "${quoted}", không được dùng (trang chỉ nhận chữ và Markdown). ${HTML_FIX}`]);
  });

  it('refuses each tag inside a sentence, on its line', () => {
    expect(md('Xem\n<A HREF="/x/">đây</A>.')).toEqual([
      `${FAQ}, dòng 2: có mã HTML "<A HREF=\\"/x/\\">", không được dùng (trang chỉ nhận chữ và Markdown). ${HTML_FIX}`,
      `${FAQ}, dòng 2: có mã HTML "</A>", không được dùng (trang chỉ nhận chữ và Markdown). ${HTML_FIX}`,
    ]);
  });

  it('quotes an indented block without its spaces', () => {
    expect(md('  <div>x</div>  ')).toEqual([`${FAQ}, dòng 1: có mã HTML "<div>x</div>", không được dùng (trang chỉ nhận chữ và Markdown). ${HTML_FIX}`]);
  });

  it('finds HTML inside a link, and reads markup in code as text', () => {
    expect(md('[<b>x</b>](/)')).toHaveLength(2);
    expect(md('`<script>` trong mã là chữ.\n\n```\n<img onerror=x>\n```')).toEqual([]);
  });
});

describe('MDX code in a guide body', () => {
  it.each([
    ['import fs from "node:fs"'],
    ['export const x = process.env'],
  ])('refuses the line %s', (line) => {
    expect(mdx(`${line}\n\nChữ.`)).toEqual([`${GUIDE}, dòng 1: có dòng import/export (mã chạy khi dựng trang), không được dùng. Sửa: xóa dòng này; các thành phần có sẵn dùng được mà không cần import.`]);
  });

  it('refuses an expression on its own line or in a sentence, quoting at most 40 characters', () => {
    expect(mdx('Chữ.\n\n{process.env.HOME}\n\nThư mục: {require("os").homedir() + "/aaaaaaaaaaaaaaaaaaaaaa"}.')).toEqual([
      `${GUIDE}, dòng 3: có biểu thức {process.env.HOME} (mã chạy khi dựng trang), không được dùng. Sửa: xóa cả cặp ngoặc nhọn; chỉ viết chữ.`,
      `${GUIDE}, dòng 5: có biểu thức {require("os").homedir() + "/aaaaaaaaaaaa} (mã chạy khi dựng trang), không được dùng. Sửa: xóa cả cặp ngoặc nhọn; chỉ viết chữ.`,
    ]);
  });

  it('reads braces in a FAQ (Markdown) as text', () => {
    expect(md('{process.env.HOME}')).toEqual([]);
  });
});

describe('what the MDX parser cannot read, named with its line and fix', () => {
  it('an HTML comment', () => {
    expect(mdx('Chữ.\n\n<!-- ghi chú -->')).toEqual([`${GUIDE}, dòng 3: có ghi chú HTML <!-- … -->, không dùng được trong hướng dẫn. Sửa: xóa ghi chú (ghi chú cho người rà soát để ở phần "note" của nguồn).`]);
  });
  it('an unclosed component, naming it', () => {
    expect(mdx('<Step title="Bước">\n\nkhông đóng')).toEqual([`${GUIDE}, dòng 1: thiếu thẻ đóng (<Step> chưa có </…>). Sửa: thêm thẻ đóng, ví dụ </Step>, hoặc viết thẻ tự đóng <HotlineNote />.`]);
  });
  it('a "<" that opens no tag', () => {
    expect(mdx('<https://vneid.gov.vn>')).toEqual([`${GUIDE}, dòng 1: có dấu "<" không mở thẻ nào (ví dụ <https://…>). Sửa: viết link dạng [chữ](https://…), hoặc viết "nhỏ hơn" thay cho dấu <.`]);
  });
  it('a stray brace, on a line past the ninth', () => {
    expect(mdx(`${'Chữ.\n\n'.repeat(5)}Dấu { lẻ`)).toEqual([`${GUIDE}, dòng 11: có dấu { hoặc } lẻ. Sửa: xóa dấu ngoặc nhọn; nội dung chỉ gồm chữ, Markdown và các thành phần có sẵn.`]);
  });
  it('stops at the first such problem, after the invisible characters', () => {
    expect(mdx('Chữ\u200b.\n\n{ lẻ\n\n<div>')).toEqual([expect.stringMatching(/^content\/guides\/g\.mdx, dòng 1: có khoảng trắng không độ rộng/), expect.stringMatching(/dòng 3: có dấu \{ hoặc \} lẻ/)]);
  });
});

describe('components in a guide body', () => {
  it('take the allowlisted components with literal props, and nothing else is said', () => {
    const guide = [
      '<WarningText>Không đưa mã OTP cho ai.</WarningText>',
      '<StepByStep label="Các bước">',
      '<Step n={1} title="Mở ứng dụng" logic="hoặc" href="/huong-dan/dang-ky-muc-2/" linkText="Xem">Chữ **đậm**.</Step>',
      '<Step n={99} title="Bước cuối" />',
      '</StepByStep>',
      '<Checklist title="Mang theo">\n\n- Thẻ căn cước\n\n</Checklist>',
      '<SmsMessage id="sms-otp" />',
      '<ScreenSketch frame="phone" heading="Đăng nhập" fields={["Số định danh cá nhân", "Mật khẩu"]} button="Đăng nhập" address="vneid.gov.vn" caption="Màn hình đăng nhập." />',
      '<OfficialStoreQrs />',
      '<HotlineNote></HotlineNote>',
    ].join('\n\n');
    expect(mdx(guide)).toEqual([]);
  });

  it('are checked inside a sentence too', () => {
    expect(mdx('Gọi <HotlineNote /> ngay.')).toEqual([]);
    expect(component('Gọi <span>x</span> ngay.')).toEqual([expect.stringMatching(/^có thẻ HTML <span>, không được dùng/)]);
  });

  it('refuse a fragment', () => {
    expect(mdx('<>chữ</>')).toEqual([`${GUIDE}, dòng 1: có thẻ rỗng <>…</>. Sửa: xóa cặp thẻ này, giữ nội dung bên trong.`]);
  });

  it.each([
    ['<div>chữ</div>', 'div', ''],
    ['<script>alert(1)</script>', 'script', ' (mã chạy trên trang)'],
    ['<a.b />', 'a.b', ''],
    ['<Foo.Bar />', 'Foo.Bar', ''],
    ['<svg:rect />', 'svg:rect', ''],
    // MDX reads a capitalised tag as a component; the writer still wrote HTML.
    ['<SCRIPT>alert(1)</SCRIPT>', 'SCRIPT', ' (mã chạy trên trang)'],
    ['<Iframe src="https://evil.example" />', 'Iframe', ''],
  ])('refuse %s as an HTML tag', (source, name, note) => {
    expect(component(source)).toEqual([`có thẻ HTML <${name}>${note}, không được dùng. Sửa: bỏ thẻ; viết bằng Markdown (**đậm**, danh sách, [chữ](/duong-dan/)) hoặc dùng thành phần có sẵn: ${COMPONENTS}.`]);
  });

  it.each([
    ['<Banner />', 'Banner', ''],
    ['<Stepp title="Bước" />', 'Stepp', ' (có phải <Step>?)'],
    ['<hotlineNote />', 'hotlineNote', ' (có phải <HotlineNote>?)'],
  ])('refuse %s as a component outside the list, suggesting the nearest', (source, name, near) => {
    expect(component(source)).toEqual([`có thành phần <${name}> không có trong danh sách được dùng${near}. Sửa: dùng một trong: ${COMPONENTS}.`]);
  });

  it('look inside a component for more problems', () => {
    expect(component('<WarningText>\n\n<div>x</div> và {a}\n\n</WarningText>')).toEqual([expect.stringMatching(/^có thẻ HTML <div>/), expect.stringMatching(/^có biểu thức \{a\}/)]);
    expect(component('<Khung>\n\n{a}\n\n</Khung>')).toEqual([expect.stringMatching(/^có thành phần <Khung>/), expect.stringMatching(/^có biểu thức \{a\}/)]);
  });

  it('refuse props spread from code, listing the props there are', () => {
    expect(component('<Step {...props} title="Bước">x</Step>')).toEqual(['<Step> có thuộc tính dạng {…} (mã). Sửa: xóa; chỉ ghi các thuộc tính title, n, logic, href, linkText.']);
    expect(component('<HotlineNote {...props} />')).toEqual(['<HotlineNote> có thuộc tính dạng {…} (mã). Sửa: xóa; chỉ ghi các thuộc tính (không có).']);
  });

  it('refuse a prop not listed, naming event handlers in any case and the nearest prop', () => {
    expect(component('<Step title="Bước" colour="red">x</Step>')).toEqual(['<Step> có thuộc tính lạ "colour". Sửa: chỉ dùng title, n, logic, href, linkText.']);
    expect(component('<Step title="Bước" titel="Bước">x</Step>')).toEqual(['<Step> có thuộc tính lạ "titel": có phải "title"? Sửa: chỉ dùng title, n, logic, href, linkText.']);
    expect(component('<Step title="Bước" onClick="alert(1)" ONLOAD="x">x</Step>')).toEqual([
      '<Step> có thuộc tính lạ "onClick" (mã chạy khi bấm hoặc khi tải). Sửa: chỉ dùng title, n, logic, href, linkText.',
      '<Step> có thuộc tính lạ "ONLOAD" (mã chạy khi bấm hoặc khi tải). Sửa: chỉ dùng title, n, logic, href, linkText.',
    ]);
    expect(component('<Step title="Bước" icon="x">x</Step>')).toEqual(['<Step> có thuộc tính lạ "icon". Sửa: chỉ dùng title, n, logic, href, linkText.']);
    expect(component('<HotlineNote src="x" />')).toEqual(['<HotlineNote> có thuộc tính lạ "src". Sửa: xóa thuộc tính này.']);
  });

  it('refuse a missing required prop, naming the component', () => {
    expect(component('<SmsMessage />')).toEqual(['<SmsMessage> (tin nhắn mẫu) thiếu thuộc tính bắt buộc id. Sửa: thêm id="…".']);
  });

  it('refuse content inside a component that stands alone', () => {
    expect(component('<HotlineNote>chữ</HotlineNote>')).toEqual(['<HotlineNote> không chứa nội dung bên trong. Sửa: viết dạng tự đóng <HotlineNote … />.']);
  });
});

describe('props of components', () => {
  const step = (props: string) => component(`<Step title="Bước" ${props}>x</Step>`);
  const numberProblem = '<Step>: thuộc tính n phải là một số. Sửa: ghi ví dụ n={1}.';

  it('take a step number from 1 to 99 and refuse one outside, as text or as a bare word', () => {
    expect(step('n={1}')).toEqual([]);
    expect(step('n={99}')).toEqual([]);
    for (const n of ['n={0}', 'n={100}', 'n={1.5}', 'n={-1}', 'n="1"', 'n']) expect(step(n), n).toEqual([numberProblem]);
  });

  it('refuse a value in braces that is code, quoting at most 40 characters', () => {
    expect(step('n={1+1}')).toEqual(['<Step>: thuộc tính n={1+1} là mã, không phải giá trị. Sửa: ghi giá trị trực tiếp: chữ trong ngoặc kép (n="…"), một số ({1}) hoặc danh sách chữ ({["a", "b"]}).']);
    expect(step('n={process.env.NUMBER_OF_THE_STEP_TO_SHOW_HERE}')).toEqual([expect.stringMatching(/^<Step>: thuộc tính n=\{process\.env\.NUMBER_OF_THE_STEP_TO_SHOW_H\} là mã/)]);
  });

  it('take a choice from its list only', () => {
    expect(step('logic="và"')).toEqual([]);
    const problem = '<Step>: thuộc tính logic phải là một trong: "và", "hoặc", "and", "or". Sửa: chọn một giá trị trong danh sách.';
    expect(step('logic="hay"')).toEqual([problem]);
    expect(step('logic={1}')).toEqual([problem]);
  });

  it('take text only in quotes, not empty, within its limit', () => {
    const quotes = '<Step>: thuộc tính title phải là chữ trong ngoặc kép. Sửa: ghi ví dụ title="…".';
    expect(component('<Step title={"Bước"}>x</Step>')).toEqual([quotes]);
    expect(component('<Step title={1}>x</Step>')).toEqual([quotes]);
    expect(component('<Step title>x</Step>')).toEqual([quotes]);
    expect(component('<Step title="  ">x</Step>')).toEqual(['<Step>: thuộc tính title đang trống. Sửa: điền nội dung.']);
    expect(component(`<Step title="${'ệ'.repeat(140)}">x</Step>`)).toEqual([]);
    expect(component(`<Step title="${'ệ'.repeat(141)}">x</Step>`)).toEqual(['<Step>: Thuộc tính title dài 141 ký tự, quá giới hạn 140. Sửa: viết ngắn lại (không cắt bớt tự động).']);
    expect(component('<Checklist title="<b>Mang</b>">x</Checklist>')).toEqual(['<Checklist>: Thuộc tính title có ký tự "<" (dùng cho mã HTML), trang không nhận mã HTML. Sửa: bỏ ký tự này, chỉ ghi chữ thường.']);
  });

  it('check a link prop like a link in the text', () => {
    expect(step('href="https://evil.example/"')).toEqual([`<Step>: thuộc tính href="https://evil.example/" dẫn ra evil.example, không phải địa chỉ chính thức. ${LINK_FIX}`]);
    expect(step('href="javascript:alert(1)"')).toEqual([`<Step>: thuộc tính href="javascript:alert(1)" là mã chạy trên trang (javascript:). ${LINK_FIX}`]);
  });

  it('take a message key only from content/messages.yaml, listing the keys', () => {
    expect(component('<SmsMessage id="sms-khoa" />')).toEqual([]);
    expect(component('<SmsMessage id="khong-co" />')).toEqual(['<SmsMessage>: thuộc tính id="khong-co" không có trong content/messages.yaml. Sửa: dùng một khóa có trong tệp đó (sms-otp, sms-khoa).']);
  });

  it('take a list of non-empty texts of at most 80 characters, each as plain text', () => {
    const sketch = (fields: string) => component(`<ScreenSketch frame="browser" heading="H" fields={${fields}} button="B" caption="C" />`);
    const list = '<ScreenSketch>: thuộc tính fields phải là danh sách chữ. Sửa: ghi ví dụ fields={["Số định danh cá nhân", "Số điện thoại"]}.';
    expect(sketch(`["a", "${'ệ'.repeat(80)}"]`)).toEqual([]);
    for (const fields of ['[]', '"a"', '["a", " "]', '["a", 1]']) expect(sketch(fields), fields).toEqual([list]);
    expect(sketch(`["${'ệ'.repeat(81)}"]`)).toEqual(['<ScreenSketch>: Thuộc tính fields dài 81 ký tự, quá giới hạn 80. Sửa: viết ngắn lại (không cắt bớt tự động).']);
    expect(sketch('["a", "<b>"]')).toEqual([expect.stringMatching(/^<ScreenSketch>: Thuộc tính fields có ký tự "<"/)]);
    expect(sketch("['a']")).toEqual([expect.stringMatching(/^<ScreenSketch>: thuộc tính fields=\{\['a'\]\} là mã/)]);
  });
});

describe('links and images in the text', () => {
  it('refuse a link or a reference definition to another host, on its line', () => {
    expect(md('[bấm](https://evil.example/)\n\n[bấm][x]\n\n[x]: https://evil2.example/')).toEqual([
      `${FAQ}, dòng 1: đường link "https://evil.example/" dẫn ra evil.example, không phải địa chỉ chính thức. ${LINK_FIX}`,
      `${FAQ}, dòng 5: đường link "https://evil2.example/" dẫn ra evil2.example, không phải địa chỉ chính thức. ${LINK_FIX}`,
    ]);
  });
  it('take links to this site, official hosts, a heading and a phone number', () => {
    expect(md('[Mức 2](/huong-dan/dang-ky-muc-2/), [VNeID](https://vneid.gov.vn/), [gọi](tel:19000368), [lên đầu](#top), <https://vneid.gov.vn/>.')).toEqual([]);
  });
  it('refuse every image, direct or by reference, from any host', () => {
    const image = 'có hình ảnh, không được dùng trong nội dung (ảnh từ nơi khác có thể theo dõi người đọc, và làm trang nặng). Sửa: xóa hình; dùng <ScreenSketch> để vẽ màn hình.';
    expect(md('![](https://evil.example/t.png)\n\n![ảnh][h]\n\n[h]: /huong-dan/dang-ky-muc-2/')).toEqual([`${FAQ}, dòng 1: ${image}`, `${FAQ}, dòng 3: ${image}`]);
    expect(mdx('Chữ ![ảnh](/og-image.png)')).toEqual([`${GUIDE}, dòng 1: ${image}`]);
  });
});

describe('invisible characters', () => {
  const invisible = (line: number, column: number) =>
    `${FAQ}, dòng ${line}: có khoảng trắng không độ rộng (zero-width space) U+200B ở ký tự thứ ${column}, không nhìn thấy nhưng làm sai chữ hiển thị. Sửa: xóa rồi gõ lại chữ quanh đó.`;
  const entity = (line: number) => `${FAQ}, dòng ${line}: có ký tự đảo ngược hướng chữ (RLO) U+202E viết bằng mã ký tự (&#…;), không nhìn thấy nhưng làm sai chữ hiển thị. Sửa: xóa mã ký tự này.`;

  it('name the first five typed ones by line and column', () => {
    expect(md('Dòng một.\nab\u200b\u200bc\u200b\u200b\u200b\u200b')).toEqual([invisible(2, 3), invisible(2, 4), invisible(2, 6), invisible(2, 7), invisible(2, 8)]);
  });

  it('allow tabs, Windows line endings and a paragraph over several lines', () => {
    expect(md('Cột\tmột\r\n\r\nDòng hai\r\n')).toEqual([]);
    expect(md('Dòng một\ndòng hai\r\ndòng ba')).toEqual([]);
  });

  it('name one written as an entity, once per text, and not inside code where it is not decoded', () => {
    expect(md('Gọi &#x202E;8630&#x202C; ngay.')).toEqual([entity(1)]);
    expect(mdx('Gọi &#8238;8630.')).toEqual([entity(1).replace(FAQ, GUIDE)]);
    expect(md('`&#x202E;`\n\n```\n&#x202E;\n```')).toEqual([]);
  });

  it('name a typed one and an entity on other lines separately', () => {
    expect(md('Gọi &#x202E;8630.\n\nChữ\u200b.')).toEqual([invisible(3, 4), entity(1)]);
    expect(md('Chữ\u200b.\n\nGọi &#x202E;8630.')).toEqual([invisible(1, 4), entity(3)]);
  });

  it('name a typed one once, even on the second line of a paragraph or inside a code block', () => {
    expect(md('Chữ\u200b.')).toEqual([invisible(1, 4)]);
    expect(md('Dòng một\ndòng\u200b hai')).toEqual([invisible(2, 5)]);
    expect(md('```\nab\u200b\n```')).toEqual([invisible(2, 3)]);
  });

  it('name one written as an entity in a file with Windows line endings or a tab', () => {
    expect(md('Gọi &#x202E;8630.\r\n\r\nDòng hai.\r\n')).toEqual([entity(1)]);
    expect(md('Gọi\t&#x202E;8630.')).toEqual([entity(1)]);
  });
});

describe('the size limit', () => {
  it('takes a file at the limit, counted in bytes, and refuses one byte more before reading it', () => {
    expect(md('a'.repeat(MAX_BODY_BYTES))).toEqual([]);
    expect(md(`${'a'.repeat(MAX_BODY_BYTES)}\u200b`)).toEqual([
      `${FAQ}: tệp dài 200 KB, quá giới hạn 200 KB cho một trang (trang sẽ nặng trên điện thoại và làm phình chỉ mục tìm kiếm). Sửa: tách thành nhiều trang hoặc viết ngắn lại.`,
    ]);
    expect(md('ệ'.repeat(70_000))).toEqual([expect.stringMatching(/^content\/faq\/q\.md: tệp dài 205 KB, quá giới hạn 200 KB/)]);
  });
});
