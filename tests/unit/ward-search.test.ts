import { describe, expect, it } from 'vitest';
import { searchWards, type WardIndex } from '../../src/lib/ward-search';

const index: WardIndex = {
  p: ['Thành phố Hồ Chí Minh'],
  u: [
    ['27664', 'Xã Cần Giờ', 0],
    ['27154', 'Phường Bàn Cờ', 0],
    ['27139', 'Phường Xuân Hòa', 0],
    ['26944', 'Phường Gia Định', 0],
  ],
  f: [
    ['Thị trấn Cần Thạnh', 'Huyện Cần Giờ', 'Thành phố Hồ Chí Minh', ['27664']],
    ['Phường 4', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154', '27139']],
    ['Phường 14', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154']],
    ['Phường 3', 'Quận 4', 'Thành phố Hồ Chí Minh', ['27154']],
    ['Phường 1', 'Quận Bình Thạnh', 'Thành phố Hồ Chí Minh', ['26944']],
  ],
};
const first = (q: string) => searchWards(index, q)[0];

describe('searchWards', () => {
  it.each(['Thị trấn Cần Thạnh', 'thi tran can thanh', 'THI TRAN CAN THANH', 'can thanh'])('finds Cần Thạnh from "%s"', (q) => {
    expect(first(q)).toMatchObject({ kind: 'former', name: 'Thị trấn Cần Thạnh', targets: [{ code: '27664', name: 'Xã Cần Giờ' }] });
  });
  it('finds a current unit with đ folded', () => {
    expect(first('gia dinh')).toMatchObject({ kind: 'current', code: '26944' });
    expect(first('Gia Định')).toMatchObject({ kind: 'current', code: '26944' });
  });
  it('shows both current units of a split former unit, ranking the exact order first', () => {
    const hit = first('phuong 4 quan 3');
    expect(hit).toMatchObject({ kind: 'former', name: 'Phường 4', district: 'Quận 3' });
    expect(hit && hit.kind === 'former' && hit.targets.map((t) => t.code)).toEqual(['27154', '27139']);
  });
  it('matches numbers whole: "phuong 4" is not Phường 14', () => {
    expect(searchWards(index, 'phuong 4 quan 3').map((h) => h.name)).not.toContain('Phường 14');
  });
  it('finds a Bình Thạnh ward by its old name', () => {
    expect(first('phuong 1 binh thanh')).toMatchObject({ name: 'Phường 1', targets: [{ name: 'Phường Gia Định' }] });
  });
  it('returns nothing for an empty or unknown query', () => {
    expect(searchWards(index, '  ')).toEqual([]);
    expect(searchWards(index, 'khong co ten nay')).toEqual([]);
  });
});
