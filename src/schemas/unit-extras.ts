import { z } from 'astro/zod';
import { sourceKey } from './refs';
import { nonEmpty, optionalText, says } from './common';
import { unitCode } from './ward';

/** content/unit-splits.yaml: a former unit divided between several current units. */
export const unitSplitSchema = z.object({
  former: z.object({
    name: nonEmpty('tên đơn vị cũ (former.name)', 80),
    district: nonEmpty('quận/huyện cũ (former.district)', 80),
    province: nonEmpty('tỉnh/thành phố cũ (former.province)', 80),
    code: unitCode.optional(),
  }),
  into: z.array(unitCode, says('Thiếu danh sách đơn vị mới (into). Sửa: ghi mã các đơn vị mới, ví dụ into: ["27154", "27139"].', 'into phải là danh sách mã, ví dụ ["27154", "27139"].')).min(2, 'Một đơn vị bị chia phải vào ít nhất 2 đơn vị mới (into). Nếu chỉ vào 1 đơn vị thì không cần khai ở đây.'),
  source: sourceKey(),
  note: optionalText('ghi chú (note)', 300),
});

/** content/unit-resolutions.yaml: province code → the resolution that created its current units. */
export const unitResolutionSchema = z.object({ source: sourceKey() });
