import { z } from 'zod/v4';

/** A unit that existed before 1 July 2025 and was merged into (part of) a current unit. */
export const formerUnitSchema = z.object({
  /** Former official code; the package leaves it empty on some rows for units split between several new ones. */
  code: z.string().regex(/^\d{5}$/).optional(),
  name: z.string().min(1),
  /** Former district ("Quận 3", "Huyện Cần Giờ"): tells apart the many former "Phường 7". */
  district: z.string().min(1),
  province: z.string().min(1),
});

/** A current commune-level unit (phường, xã, đặc khu) in force since 1 July 2025. */
export const unitSchema = z.object({
  /** Official 5-digit code. */
  code: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  type: z.enum(['phường', 'xã', 'đặc khu']),
  provinceCode: z.string().regex(/^\d{2}$/),
  provinceName: z.string().min(1),
  formerUnits: z.array(formerUnitSchema),
});

export const provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  /** "Tỉnh" or "Thành phố Trung Ương". */
  placeType: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
});

export type Unit = z.infer<typeof unitSchema>;
export type Province = z.infer<typeof provinceSchema>;
