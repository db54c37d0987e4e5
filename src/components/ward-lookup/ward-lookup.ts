import { searchWards, unitHref, type WardHit, type WardIndex } from '../../lib/ward-search';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Fetches the index on first use (not on page load, to keep the page light) and filters as you type. */
export function enhanceWardLookup(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLUListElement>('ul');
  if (!input || !status || !list) return;
  const base = root.dataset.base ?? '/phuong-xa/';
  let index: Promise<WardIndex> | undefined;
  const load = () => (index ??= fetch(root.dataset.index!).then((r) => r.json() as Promise<WardIndex>));

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
  const render = (data: WardIndex, hits: WardHit[], query: string) => {
    list.replaceChildren();
    status.textContent = query ? (hits.length ? `Tìm thấy ${hits.length} kết quả` : 'Không tìm thấy. Thử gõ tên khác, hoặc chọn tỉnh/thành phố bên dưới.') : '';
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
  const run = async () => {
    const ticket = ++pending;
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const data = await load();
    if (ticket === pending) render(data, searchWards(data, query), query);
  };
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  if (input.value) void run();
}
