// @vitest-environment happy-dom
// A ward page built before a registration day passed must not announce it afterwards: the script
// hides every day that is over in Vietnam, puts the next one still to come in the "Khi nào" line,
// or, when none is left, the line written for that case. Run with the clock set on either side of
// midnight in Vietnam while the machine is in another time zone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const page = () => {
  document.body.innerHTML = `
    <p data-when>Khi nào:
      <span data-when-option data-session-date="2026-12-05">buổi 5/12</span>
      <span data-when-option data-session-date="2026-12-12" hidden>buổi 12/12</span>
      <span data-when-fallback hidden>chưa công bố</span>
    </p>
    <section data-sessions>
      <ul><li data-session-date="2026-12-05">5/12</li><li data-session-date="2026-12-12">12/12</li></ul>
      <p data-sessions-none hidden>đã qua</p>
    </section>`;
};
const visible = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.hidden).map((el) => el.textContent?.trim());

async function runAt(utc: string) {
  vi.setSystemTime(new Date(utc));
  page();
  vi.resetModules();
  await import('./past-sessions');
}

describe('past registration days', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a day until it is over in Vietnam (23:30 on 5/12 in Hà Nội is 16:30 UTC)', async () => {
    await runAt('2026-12-05T16:30:00Z');
    expect(visible('[data-when-option]')).toEqual(['buổi 5/12']);
    expect(visible('[data-session-date]')).toEqual(['buổi 5/12', '5/12', '12/12']);
  });

  it('hides it once it is over in Vietnam (00:30 on 6/12 there, still 5/12 in UTC) and shows the next day', async () => {
    await runAt('2026-12-05T17:30:00Z');
    expect(visible('[data-when-option]')).toEqual(['buổi 12/12']);
    expect(visible('li')).toEqual(['12/12']);
    expect(visible('[data-when-fallback]')).toEqual([]);
  });

  it('says so when every published day has passed', async () => {
    await runAt('2026-12-13T01:00:00Z');
    expect(visible('[data-when-option]')).toEqual([]);
    expect(visible('[data-when-fallback]')).toEqual(['chưa công bố']);
    expect(visible('[data-sessions-none]')).toEqual(['đã qua']);
  });
});
