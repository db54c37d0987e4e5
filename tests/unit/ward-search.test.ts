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

// The ranking rules of searchWards' comment, each on its own: what a resident sees first.
describe('searchWards ranking', () => {
  const country: WardIndex = {
    p: ['Thành phố Hồ Chí Minh', 'Thành phố Hà Nội', 'Tỉnh Tuyên Quang'],
    u: [
      ['27154', 'Phường Bàn Cờ', 0],
      ['27664', 'Xã Cần Giờ', 0],
      ['00500', 'Xã Đông Anh', 1],
      ['02000', 'Xã Xuân Quang 3', 2],
      ['00600', 'Phường 2', 1],
      ['00601', 'Phường 10', 1],
    ],
    f: [
      ['Phường 5', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154']],
      ['Phường 3', 'Quận 5', 'Thành phố Hồ Chí Minh', ['27664']],
      ['Phường 3', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154']],
      ['Thị trấn Đông Anh', 'Huyện Đông Anh', 'Thành phố Hà Nội', ['00500']],
      ['Thị trấn Cần Thạnh', 'Huyện Cần Giờ', 'Thành phố Hồ Chí Minh', ['27664']],
    ],
  };
  const names = (q: string, limit?: number) => searchWards(country, q, limit).map((h) => (h.kind === 'former' ? `${h.name} (${h.district})` : h.name));

  it('reads "q3 p5" as Phường 5 of Quận 3, not Phường 3 of Quận 5', () => {
    expect(names('q3 p5')[0]).toBe('Phường 5 (Quận 3)');
    expect(names('p5 q3')[0]).toBe('Phường 5 (Quận 3)');
    expect(names('p3 q5')[0]).toBe('Phường 3 (Quận 5)');
  });

  it('puts the wards of a district named whole ("quan 3") before a unit whose name ends with the same number', () => {
    const list = names('quan 3');
    expect(list.slice(0, 2).sort()).toEqual(['Phường 3 (Quận 3)', 'Phường 5 (Quận 3)']);
    expect(list.indexOf('Xã Xuân Quang 3')).toBeGreaterThan(1);
  });

  it('puts a unit whose own name holds every word before a former unit named after its district', () => {
    expect(names('dong anh')[0]).toBe('Xã Đông Anh');
    expect(names('can thanh')[0]).toBe('Thị trấn Cần Thạnh (Huyện Cần Giờ)');
  });

  it('ranks the words in the name\'s order above the same words out of order, and drops a name missing a word', () => {
    const inOrder = searchWards(country, 'ban co');
    const reversed = searchWards(country, 'co ban');
    expect(inOrder[0]).toMatchObject({ name: 'Phường Bàn Cờ' });
    expect(reversed[0]).toMatchObject({ name: 'Phường Bàn Cờ' });
    expect(inOrder[0]!.score).toBeGreaterThan(reversed[0]!.score);
    expect(names('ban co xyz')).toEqual([]);
  });

  it('orders equal matches by name, numbers as numbers (Phường 2 before Phường 10), and keeps to the limit', () => {
    expect(names('phuong').filter((n) => /^Phường (2|10)$/.test(n))).toEqual(['Phường 2', 'Phường 10']);
    expect(names('phuong', 2)).toHaveLength(2);
    expect(searchWards(country, 'phuong').length).toBeGreaterThan(2);
  });

  it('takes a name that is only a number with its type: "3" alone is not Quận 3 named whole', () => {
    const byNumber = searchWards(country, '3');
    const byDistrict = searchWards(country, 'quan 3');
    const phuong5 = (hits: typeof byNumber) => hits.find((h) => h.kind === 'former' && h.name === 'Phường 5' && h.district === 'Quận 3')?.score ?? 0;
    expect(phuong5(byNumber)).toBeGreaterThan(0);
    expect(phuong5(byDistrict)).toBeGreaterThan(phuong5(byNumber));
  });
});

