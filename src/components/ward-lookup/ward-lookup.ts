import { findWards } from '../../lib/search-places';
import { unitHref, type WardHit, type WardIndex } from '../../lib/ward-search';
import { shardSource, type WardShards } from '../../lib/ward-shards';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * Filters as you type, fetching only the shard of the index the query needs (a few KB; see
 * src/lib/ward-shards.ts), never on page load. A question around a place ("đăng ký ở p5 q3 ở đâu")
 * finds the place the way the site search does.
 */
export function enhanceWardLookup(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLUListElement>('ul');
  if (!input || !status || !list) return;
  const base = root.dataset.base ?? '/phuong-xa/';
  const source = shardSource(JSON.parse(root.dataset.wards!) as WardShards);

  // A unit outside a scoped deployment links to the national site, or is named without a link.
  const link = (data: WardIndex, code: string, text: string): Node => {
    const href = unitHref(data, code, base);
    if (!href) {
      const span = document.createElement('span');
      span.textContent = `${text} (trang này chưa có phường/xã này)`;
      return span;
    }
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };
  // What is on screen: the pause after typing runs the same query again, and replacing identical
  // results would drop a tap that lands between its press and its release.
  let shown = '';
  const render = (data: WardIndex | undefined, hits: WardHit[], query: string) => {
    const key = JSON.stringify([query, Boolean(data), hits]);
    if (key === shown) return;
    shown = key;
    list.replaceChildren();
    status.textContent = !query
      ? ''
      : hits.length
        ? `Tìm thấy ${hits.length} kết quả`
        : data
          ? 'Không tìm thấy. Thử gõ tên khác, hoặc chọn tỉnh/thành phố bên dưới.'
          : 'Gõ tiếp tên phường, xã (ví dụ: "Bàn Cờ", "p5 q3"), hoặc chọn tỉnh/thành phố bên dưới.';
    if (!data) return;
    for (const hit of hits) {
      const li = document.createElement('li');
      const meta = document.createElement('span');
      meta.className = 'hit-meta';
      if (hit.kind === 'current') {
        li.append(link(data, hit.code, hit.name));
        meta.textContent = hit.province;
        // The unit's next registration day still to come (the index was built before today).
        const next = data.s?.[hit.code]?.find(([day]) => day >= today);
        if (next) {
          const when = document.createElement('span');
          when.className = 'hit-session';
          when.textContent = `Buổi đăng ký: ${next[1]}`;
          li.append(when);
        }
      } else {
        const strong = document.createElement('strong');
        strong.textContent = `${hit.name} (${hit.district})`;
        li.append(strong, document.createTextNode(hit.targets.length > 1 ? ' nay được chia vào: ' : ' nay là: '));
        hit.targets.forEach((t, i) => {
          if (i) li.append(document.createTextNode(', '));
          li.append(link(data, t.code, t.name));
        });
        meta.textContent = `Tên cũ trước 1/7/2025 · ${hit.province}`;
      }
      li.append(meta);
      list.append(li);
    }
  };

  let pending = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const run = async (typing: boolean) => {
    const ticket = ++pending;
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = '';
      shown = '';
      return;
    }
    try {
      const { index, hits } = await findWards(source, query, 20, typing);
      // Nothing yet while typing may only mean the word is unfinished: the pause decides.
      if (ticket === pending && (hits.length || !typing)) render(index, hits, query);
    } catch {
      if (ticket === pending) {
        shown = '';
        status.textContent = 'Không tải được danh sách phường/xã. Kiểm tra mạng rồi gõ lại, hoặc chọn tỉnh/thành phố bên dưới.';
      }
    }
  };
  // While a word is being typed, a shard is fetched only if it is sure to hold the answer ("ban", not
  // "ba"); once the visitor pauses, the last word counts as typed.
  input.addEventListener('input', () => {
    clearTimeout(idle);
    void run(!/\s$/.test(input.value));
    idle = setTimeout(() => void run(false), 500);
  });
  if (input.value) void run(false);
}
