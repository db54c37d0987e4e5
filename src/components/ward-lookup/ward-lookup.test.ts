// @vitest-environment happy-dom
// The ward lookup against a small fixture index, without a site build: it fetches the index only
// when someone starts typing, finds old and new names typed without diacritics, and links a unit
// outside a scoped deployment to the national site (or names it without a link).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhanceWardLookup } from './ward-lookup';
import type { WardIndex } from '../../lib/ward-search';

const INDEX: WardIndex = {
  p: ['Thành phố Hồ Chí Minh', 'Tỉnh Lai Châu'],
  u: [
    ['27154', 'Phường Bàn Cờ', 0],
    ['27139', 'Phường Xuân Hòa', 0],
    ['03199', 'Phường Tân Phong', 1],
  ],
  f: [
    ['Phường 5', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154']],
    ['Phường 4', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154', '27139']],
  ],
};

function mount(index: WardIndex) {
  document.body.innerHTML = `<div data-module="ward-lookup" data-index="/phuong-xa/chi-muc.json" data-base="/phuong-xa/">
    <input id="ward-query" type="search"><p role="status"></p><ul id="ward-results"></ul></div>`;
  const fetch = vi.fn(async () => new Response(JSON.stringify(index)));
  vi.stubGlobal('fetch', fetch);
  enhanceWardLookup(document.querySelector<HTMLElement>('[data-module]')!);
  const input = document.querySelector<HTMLInputElement>('input')!;
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(document.querySelector('[role="status"]')!.textContent).not.toBe(''));
  };
  return { fetch, type, input };
}
const results = () => [...document.querySelectorAll('#ward-results li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
const links = () => [...document.querySelectorAll<HTMLAnchorElement>('#ward-results a')].map((a) => [a.textContent, a.getAttribute('href')]);

afterEach(() => vi.unstubAllGlobals());

describe('enhanceWardLookup', () => {
  it('fetches the index once, only when someone starts to type', async () => {
    const { fetch, type, input } = mount(INDEX);
    expect(fetch).not.toHaveBeenCalled();
    input.dispatchEvent(new Event('focus'));
    await type('phuong 5 quan 3');
    await type('ban co');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('names the current unit of an old name typed without diacritics', async () => {
    const { type } = mount(INDEX);
    await type('phuong 5 quan 3');
    expect(results()[0]).toContain('Phường 5 (Quận 3) nay là: Phường Bàn Cờ');
    expect(links()[0]).toEqual(['Phường Bàn Cờ', '/phuong-xa/27154/']);
  });

  it('lists every current unit of a split', async () => {
    const { type } = mount(INDEX);
    await type('phuong 4 quan 3');
    expect(results()[0]).toContain('nay được chia vào: Phường Bàn Cờ, Phường Xuân Hòa');
  });

  it('in a scoped deployment, links other provinces to the national site, or names them without a link', async () => {
    const { type } = mount({ ...INDEX, x: [1], n: 'https://vneid.quoc-gia.gov.vn' });
    await type('phuong 5 quan 3');
    expect(links()[0]).toEqual(['Phường Bàn Cờ', 'https://vneid.quoc-gia.gov.vn/phuong-xa/27154/']);
    await type('tan phong');
    expect(links()[0]).toEqual(['Phường Tân Phong', '/phuong-xa/03199/']);
    const { type: typeAgain } = mount({ ...INDEX, x: [1], n: null });
    await typeAgain('phuong 5 quan 3');
    expect(results()[0]).toContain('Phường Bàn Cờ (trang này chưa có phường/xã này)');
    expect(links()).toEqual([]);
  });

  it('says plainly when nothing matches', async () => {
    const { type } = mount(INDEX);
    await type('khong co dau');
    expect(document.querySelector('[role="status"]')!.textContent).toContain('Không tìm thấy');
  });

  it('shows a unit\'s next registration day still to come, never one that has passed', async () => {
    const { type } = mount({ ...INDEX, s: { '27154': [['2000-01-01', 'Thứ Bảy 1/1/2000, cũ'], ['2999-12-12', 'Thứ Năm 12/12/2999, 7:30–11:00, Nhà văn hóa']] } });
    await type('ban co');
    expect(results()[0]).toContain('Buổi đăng ký: Thứ Năm 12/12/2999, 7:30–11:00, Nhà văn hóa');
    expect(results()[0]).not.toContain('cũ');
    await type('xuan hoa');
    expect(results()[0]).not.toContain('Buổi đăng ký');
  });
});
