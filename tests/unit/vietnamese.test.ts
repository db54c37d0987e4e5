import { expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';
import { foldVietnamese } from '../../src/lib/vietnamese';

it('folds tone marks, vowel marks and đ/Đ', () => {
  expect(foldVietnamese('Điện thoại đăng ký định danh')).toBe('dien thoai dang ky dinh danh');
  expect(foldVietnamese('ĐẶC KHU CÔN ĐẢO')).toBe('dac khu con dao');
  expect(foldVietnamese('Thị trấn Cần Thạnh')).toBe('thi tran can thanh');
});

it('makes URL slugs', () => {
  expect(slugify('Thành phố Hồ Chí Minh')).toBe('thanh-pho-ho-chi-minh');
  expect(slugify('Xã Cần Giờ')).toBe('xa-can-gio');
  expect(slugify('  Phường 4 (Quận 3) ')).toBe('phuong-4-quan-3');
});
