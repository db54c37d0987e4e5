import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { day, httpsUrl, nonEmpty, optionalText, pastDay, says } from './common';

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
export const sourceSchema = z.object({
  /** Short title as people would cite it: "Công văn 4998/BCĐ-CQTT(CAQ)". */
  title: nonEmpty('tên văn bản (title)', 200),
  /** Who issued it: "Cơ quan thường trực Ban Chỉ đạo Đề án 06 Quận 3", "Báo Dân trí". */
  issuer: nonEmpty('cơ quan ban hành (issuer)', 200),
  /** What kind of document: its weight (see SOURCE_KINDS). */
  kind: z.enum(kindKeys, says(`Thiếu loại văn bản (kind). Sửa: ghi một trong: ${kindKeys.join(', ')}.`, `kind phải là một trong: ${kindKeys.join(', ')}.`)),
  /** Date of the document (or publication); omitted only when the document itself leaves it blank. */
  date: day().optional(),
  /** Free text when the date is partial ("năm 2024, số liệu đến 25/10/2024"). */
  dateNote: optionalText('ghi chú ngày (dateNote)', 120),
  /** When this project last read the document itself: a fact is as fresh as its reading. */
  read: pastDay,
  /** Public address of the document or listing, when there is one (press: shown as text, never linked). */
  url: httpsUrl.optional(),
  /** A law or decree no longer in force names the one that replaced it; pages may not cite it as a rule. */
  replacedBy: reference('sources').optional(),
  /** What in this document the site relies on, for reviewers (never shown to residents). */
  note: optionalText('ghi chú (note)', 600),
});

export type Source = z.infer<typeof sourceSchema>;

/** content/page-sources.yaml: the sources of a page template's fixed text. */
export const pageSourcesSchema = z.object({
  sources: z.array(reference('sources'), says('Thiếu sources. Sửa: ghi sources: [mã nguồn, …].', 'sources phải là danh sách mã nguồn.')).min(1, 'Cần ít nhất một nguồn.'),
});
