import type { PosterText } from '../../schemas/print';

/** The codes every sheet prints, as the build resolves them (see src/pages/in-an/[format].astro). */
export interface SheetQrs {
  appStore: string;
  googlePlay: string;
  /** This site's ward lookup (/phuong-xa/), the ward code of the national sheet. */
  lookup: string;
  /** This site's download page (/tai-ung-dung/), on stickers. */
  download: string;
  /** Title over the ward code on the national sheet. */
  wardTitle: string;
  /** False while siteUrl is the placeholder: codes to this site become the "not configured" box. */
  configured: boolean;
}

/** Title over the ward code once a ward is chosen. */
export const WARD_QR_TITLE = 'Nơi đăng ký, liên hệ';
export const LOOKUP_QR_TITLE = 'Tìm phường/xã của bạn';

/** Over the list of reasons a sheet cannot be printed. */
export const PROBLEMS_TITLE = 'Chưa in được ấn phẩm này:';

/** Why a sheet with no code at all (every code a "not configured" box) is refused. */
export const noCodeProblem = (missing: string[]) =>
  `Ấn phẩm này không có mã QR nào: ${missing.join('; ')}. Sửa: ghi địa chỉ thật của trang (siteUrl) rồi dựng lại trang, hoặc chọn áp phích, tờ rơi (vẫn in được mã tải ứng dụng).`;

/** The English line over its code (posters and leaflets), in English because foreigners read it. */
export const ENGLISH_LINE = 'Foreign residents: scan for the English guide';

/** What a poster face and a notice face are given (PosterFace.astro, NoticeFace.astro). */
export interface FaceProps {
  text: PosterText;
  placeName: string;
  hotline: { label: string; display: string };
  sources: string[];
  siteName: string;
  qrs: SheetQrs;
}
