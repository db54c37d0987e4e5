// @vitest-environment happy-dom
// The English ward page against a small fixture shard, without a site build: it reads the unit from
// the address, shows its name, published contact and only the registration days still to come, never
// turns ward data into markup, and says plainly when the code is unknown or absent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeFromSearch, englishDay, showWard, wardView } from './en-ward';
import type { WardShard } from '../../lib/poster-ward';

const SHARD: WardShard = {
  p: ['Thành phố Hồ Chí Minh'],
  u: {
    '27139': {
      n: 'Phường Xuân Hòa',
      p: 0,
      c: { name: 'Công an phường Xuân Hòa', address: '243 Cách Mạng Tháng Tám', phone: '02838208888', display: '028 3820 8888', hours: 'Thứ Hai–Thứ Sáu, 7:30–17:00', verified: '01/12/2026', source: 'Báo Thanh Niên' },
      s: [
        ['2026-12-01', '07:30', '11:00', 'Nhà văn hóa khu phố 1'],
        ['2026-12-12', '07:30', '11:00', 'Nhà văn hóa khu phố 3', 'người cao tuổi'],
      ],
    },
    '27154': { n: 'Phường <img src=x onerror=alert(1)>', p: 0 },
  },
};

function mount(search: string) {
  document.body.innerHTML = `<section data-en-ward><h2 data-en-ward-heading>Your ward</h2><div data-en-ward-body><p>general</p></div></section>`;
  const fetcher = vi.fn(async (_url: string) => new Response(JSON.stringify(SHARD)));
  const root = document.querySelector<HTMLElement>('[data-en-ward]')!;
  return { root, fetcher, show: () => showWard(root, { search, base: '/vneid/', fetcher: fetcher as unknown as typeof fetch }) };
}

afterEach(() => vi.useRealTimers());

describe('English ward page', () => {
  it('reads a five-digit code from ?code= or ?ma=, and nothing else', () => {
    expect(codeFromSearch('?code=27139')).toBe('27139');
    expect(codeFromSearch('?ma=27139')).toBe('27139');
    for (const bad of ['', '?code=2713', '?code=27139x', '?code=../../x', '?q=27139']) expect(codeFromSearch(bad)).toBeUndefined();
  });

  it('writes days in English', () => {
    expect(englishDay('2026-12-12')).toBe('Saturday 12 December 2026');
  });

  it('keeps only days still to come in Vietnam', () => {
    expect(wardView(SHARD, '27139', '2026-12-03')!.sessions.map((s) => s.iso)).toEqual(['2026-12-12']);
    expect(wardView(SHARD, '27139', '2026-12-13')!.sessions).toEqual([]);
    expect(wardView(SHARD, '99999', '2026-12-03')).toBeUndefined();
  });

  it('shows the ward, its contact with a tap-to-call link, and the days to come, from the shard of its two digits', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T03:00:00Z'), toFake: ['Date'] });
    const { root, fetcher, show } = mount('?code=27139');
    await show();
    expect(fetcher).toHaveBeenCalledWith('/vneid/in-an/phuong-xa-27.json');
    expect(root.querySelector('[data-en-ward-heading]')!.textContent).toBe('Phường Xuân Hòa, Thành phố Hồ Chí Minh');
    const call = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).toBe('tel:02838208888');
    expect(root.textContent).toContain('Saturday 12 December 2026, 07:30–11:00');
    expect(root.textContent).not.toContain('Nhà văn hóa khu phố 1');
    expect(root.querySelector<HTMLAnchorElement>('a[hreflang="vi"]')!.getAttribute('href')).toBe('/vneid/phuong-xa/27139/');
  });

  it('never turns ward data into markup', async () => {
    const { root, show } = mount('?code=27154');
    await show();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('has not published its contact point');
  });

  it('says when a code is unknown, and leaves the general text when there is none', async () => {
    const unknown = mount('?code=27999');
    await unknown.show();
    expect(unknown.root.querySelector('[data-en-ward-heading]')!.textContent).toBe('Ward 27999 not found');
    const none = mount('');
    await none.show();
    expect(none.fetcher).not.toHaveBeenCalled();
    expect(none.root.textContent).toContain('general');
  });
});
