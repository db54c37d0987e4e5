import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { nonEmpty, phone } from './common';

const unitCode = z.string().regex(/^\d{5}$/, 'Mã đơn vị phải gồm đúng 5 chữ số, ví dụ "27664". Sửa: chép mã từ trang phường/xã.');

/** content/unit-splits.yaml: a former unit divided between several current units. */
export const unitSplitSchema = z.object({
  former: z.object({
    name: nonEmpty('tên đơn vị cũ (former.name)', 80),
    district: nonEmpty('quận/huyện cũ (former.district)', 80),
    province: nonEmpty('tỉnh/thành phố cũ (former.province)', 80),
    code: unitCode.optional(),
  }),
  into: z.array(unitCode).min(2, 'Một đơn vị bị chia phải vào ít nhất 2 đơn vị mới (into). Nếu chỉ vào 1 đơn vị thì không cần khai ở đây.'),
  source: reference('sources'),
  note: z.string().max(300).optional(),
});

/** content/former-district-contacts.yaml: 2023 contacts of district-level police, shown as history. */
export const formerDistrictContactSchema = z.object({
  district: nonEmpty('quận/huyện cũ (district)', 80),
  province: nonEmpty('tỉnh/thành phố (province)', 80),
  name: nonEmpty('tên đơn vị (name)', 160),
  person: z.string().max(160).optional(),
  phone,
  source: reference('sources'),
});

/** content/unit-resolutions.yaml: province code → the resolution that created its current units. */
export const unitResolutionSchema = z.object({ source: reference('sources') });
