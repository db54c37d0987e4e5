// @vitest-environment happy-dom
// The ward lookup against a small fixture index, without a site build: it fetches a shard only when
// someone types, the shard the words need, each once; finds old and new names typed without
// diacritics or abbreviated; and links a unit outside a scoped deployment to the national site (or
// names it without a link). The fixture server answers every shard with the whole fixture.
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
  const wards = JSON.stringify({ url: '/phuong-xa/chi-muc/', split: ['b', 'n', 'ng'], sizes: { b: 0 } }).replace(/"/g, '&quot;');
  document.body.innerHTML = `<div data-module="ward-lookup" data-wards="${wards}" data-base="/phuong-xa/">
    <input id="ward-query" type="search"><p role="status"></p><ul id="ward-results"></ul></div>`;
  const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify(index)));
  vi.stubGlobal('fetch', fetch);
  enhanceWardLookup(document.querySelector<HTMLElement>('[data-module]')!);
  const input = document.querySelector<HTMLInputElement>('input')!;
  const type = async (text: string) => {
    // Cleared here so the wait below sees this query's answer, not the last one's.
    document.querySelector('[role="status"]')!.textContent = '';
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
  it('fetches only the shard the words need, each once, only when someone types', async () => {
    const { fetch, type, input } = mount(INDEX);
    input.dispatchEvent(new Event('focus'));
    expect(fetch).not.toHaveBeenCalled();
    await type('phuong 5 quan 3');
    await type('P.05 Q.3');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/phuong-xa/chi-muc/5.json']);
    await type('ban co');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/phuong-xa/chi-muc/5.json', '/phuong-xa/chi-muc/ba.json']);
  });

  it('asks for more when no typed word can choose a shard yet, without fetching', async () => {
    const { fetch, type } = mount(INDEX);
    await type('ng');
    expect(fetch).not.toHaveBeenCalled();
    expect(document.querySelector('[role="status"]')!.textContent).toContain('Gõ tiếp');
  });

  it('finds a place inside a question', async () => {
    const { type } = mount(INDEX);
    await type('đăng ký định danh ở p5 q3 ở đâu');
    expect(results()[0]).toContain('Phường 5 (Quận 3) nay là: Phường Bàn Cờ');
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

  it('never replaces results that did not change, so a tap during the pause after typing is not lost', async () => {
    const { type, input } = mount(INDEX);
    await type('phuong 5 quan 3');
    const link = document.querySelector('#ward-results a')!;
    // The same words again (as a keyboard's autocorrect may send): both the typing run and the
    // pause's run find what is already shown.
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(document.querySelector('#ward-results a')).toBe(link);
    expect(link.isConnected).toBe(true);
    // A different query does replace them.
    await type('ban co');
    expect(link.isConnected).toBe(false);
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
