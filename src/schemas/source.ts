import { z } from 'zod/v4';
import { day, httpsUrl, nonEmpty, optionalText, pastDay, says, sourceRef, strictObject } from './common.ts';

/**
 * Kinds of document, strongest first. The tier says how much weight a fact carries for residents:
 * a law or decree settles it; an official state page states it; a campaign letter described the
 * practice of one locality at its date; the press reported it (and pages say so, with the date).
 */
export const SOURCE_KINDS = {
  luat: { tier: 'law', label: 'Luật' },
  'nghi-dinh': { tier: 'law', label: 'Nghị định' },
  'nghi-quyet': { tier: 'law', label: 'Nghị quyết' },
  'quyet-dinh': { tier: 'law', label: 'Quyết định' },
  'thong-tu': { tier: 'law', label: 'Thông tư' },
  'chi-thi': { tier: 'law', label: 'Chỉ thị' },
  'trang-chinh-thuc': { tier: 'official', label: 'Trang chính thức' },
  'kho-ung-dung': { tier: 'official', label: 'Kho ứng dụng' },
  'van-ban-dia-phuong': { tier: 'letter', label: 'Văn bản địa phương' },
  'du-lieu': { tier: 'data', label: 'Dữ liệu' },
  'bao-chi': { tier: 'press', label: 'Báo chí' },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
const kindKeys = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** Lower is stronger: used to show a page's strongest source first. */
export const TIER_ORDER = { law: 0, official: 1, letter: 2, data: 3, press: 4 } as const;
export const sourceStrength = (kind: SourceKind) => TIER_ORDER[SOURCE_KINDS[kind].tier];

/**
 * A document a fact comes from. Guides, FAQ entries, hotlines and ward contacts cite sources by id,
 * so a page can always say where each fact was written down, when, and how much weight it carries.
 */
/**
 * How the text behind a source was actually read. Pages say it in plain words, so a decree known
 * only through a newspaper's quotation never looks as if its text had been checked.
 */
export const READ_HOW = {
  'toan-van': 'đã đọc toàn văn',
  'toan-van-ban-sao': 'đọc toàn văn qua bản sao, chưa đối chiếu bản chính thức',
  'trich-trang-chinh-thuc': 'trích theo trang chính thức, chưa đối chiếu toàn văn',
  'trich-bao-chi': 'trích theo báo chí hoặc bản chép, chưa đối chiếu toàn văn',
  'chua-doc': 'chưa đọc được văn bản',
} as const;
export type ReadHow = keyof typeof READ_HOW;
const readHowKeys = Object.keys(READ_HOW) as [ReadHow, ...ReadHow[]];

export const sourceSchema = strictObject({
  /** Short title as people would cite it: "Công văn 4998/BCĐ-CQTT(CAQ)". */
  title: nonEmpty('tên văn bản (title)', 200),
  /** Who issued it: "Cơ quan thường trực Ban Chỉ đạo Đề án 06 Quận 3", "Báo Dân trí". */
  issuer: nonEmpty('cơ quan ban hành (issuer)', 200),
  /** What kind of document: its weight (see SOURCE_KINDS). */
  kind: z.enum(kindKeys, says(`Thiếu loại văn bản (kind). Sửa: ghi một trong: ${kindKeys.join(', ')}.`, `kind phải là một trong: ${kindKeys.join(', ')}. Sửa: chọn một giá trị trong danh sách đó.`)),
  /** Date of the document (or publication); omitted only when the document itself leaves it blank. */
  date: day().optional(),
  /** Free text when the date is partial ("năm 2024, số liệu đến 25/10/2024"). */
  dateNote: optionalText('ghi chú ngày (dateNote)', 120),
  /** When this project last read the document itself: a fact is as fresh as its reading. */
  read: pastDay,
  /** How it was read (see READ_HOW). Omitted: the document itself was read (a page, an article, a letter). */
  readHow: z.enum(readHowKeys, says('', `readHow phải là một trong: ${readHowKeys.join(', ')}. Sửa: chọn một giá trị trong danh sách đó.`)).optional(),
  /** What was actually read when it was not the document itself: "Cổng thông tin Bộ Công an, bài ngày 20/8/2026". */
  readVia: optionalText('nơi đã đọc (readVia)', 200),
  /** Public address of the document or listing, when there is one (press: shown as text, never linked). */
  url: httpsUrl.optional(),
  /** The official text of a law, decree, circular or decision (vbpl.vn, vanban.chinhphu.vn, congbao.chinhphu.vn, a ministry's .gov.vn). */
  officialUrl: httpsUrl.optional(),
  /** Why a legal text has no officialUrl (none found, not yet published). */
  noOfficialUrl: optionalText('lý do chưa có bản chính thức (noOfficialUrl)', 200),
  /** A law or decree no longer in force names the one that replaced it; pages may not cite it as a rule. */
  replacedBy: sourceRef().optional(),
  /** Documents that amend this one: a page citing it is listed for review. */
  amendedBy: z.array(sourceRef(), says('', 'amendedBy phải là danh sách mã nguồn. Sửa: ghi ví dụ [nd-320-2026].')).default([]),
  /** What in this document the site relies on, for reviewers (never shown to residents). */
  note: optionalText('ghi chú (note)', 600),
}).superRefine((source, ctx) => {
  const law = SOURCE_KINDS[source.kind].tier === 'law';
  // A legal text says how it was read and where its official text is: a decree known only through a
  // newspaper must never look as if its text had been checked.
  if (law && !source.readHow) {
    ctx.addIssue({ code: 'custom', path: ['readHow'], message: `Văn bản luật (${SOURCE_KINDS[source.kind].label}) cần ghi readHow: đã đọc thế nào. Sửa: ghi một trong ${readHowKeys.join(', ')}.` });
  }
  if (law && !source.officialUrl && !source.noOfficialUrl) {
    ctx.addIssue({ code: 'custom', path: ['officialUrl'], message: 'Văn bản luật cần officialUrl (bản chính thức trên vbpl.vn, vanban.chinhphu.vn, congbao.chinhphu.vn hoặc trang .gov.vn của cơ quan ban hành), hoặc noOfficialUrl nói vì sao chưa có. Sửa: ghi một trong hai.' });
  }
  if (source.readHow && source.readHow !== 'toan-van' && !source.readVia) {
    ctx.addIssue({ code: 'custom', path: ['readVia'], message: `Nguồn đọc theo cách "${source.readHow}" cần ghi readVia: đã đọc ở đâu. Sửa: ví dụ readVia: "Báo Dân trí, 12/8/2025".` });
  }
});

export type Source = z.infer<typeof sourceSchema>;

/** content/page-sources.yaml: the sources of a page template's fixed text. */
export const pageSourcesSchema = strictObject({
  sources: z.array(sourceRef(), says('Thiếu sources. Sửa: ghi sources: [mã nguồn, …].', 'sources phải là danh sách mã nguồn. Sửa: xem ví dụ trong tệp mẫu.')).min(1, 'Cần ít nhất một nguồn. Sửa: xem ví dụ trong tệp mẫu.'),
});
