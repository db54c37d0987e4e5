import { z } from 'zod/v4';
import { nonEmpty, optionalText, says, sourceRef, strictObject } from './common.ts';
import { unitCode } from './ward.ts';

/** content/unit-splits.yaml: a former unit divided between several current units. */
export const unitSplitSchema = strictObject({
  former: strictObject({
    name: nonEmpty('tên đơn vị cũ (former.name)', 80),
    district: nonEmpty('quận/huyện cũ (former.district)', 80),
    province: nonEmpty('tỉnh/thành phố cũ (former.province)', 80),
    code: unitCode.optional(),
  }),
  into: z.array(unitCode, says('Thiếu danh sách đơn vị mới (into). Sửa: ghi mã các đơn vị mới, ví dụ into: ["27154", "27139"].', 'into phải là danh sách mã. Sửa: ghi ví dụ ["27154", "27139"].')).min(2, 'Một đơn vị bị chia phải vào ít nhất 2 đơn vị mới (into). Nếu chỉ vào 1 đơn vị thì không cần khai ở đây. Sửa: xem ví dụ trong tệp mẫu.'),
  source: sourceRef(),
  note: optionalText('ghi chú (note)', 300),
});

/** content/unit-resolutions.yaml: province code → the resolution that created its current units. */
export const unitResolutionSchema = strictObject({ source: sourceRef() });
