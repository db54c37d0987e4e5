import { checkQrTarget, type QrAllowlist } from '../../lib/qr-allowlist';
import { searchWards, type WardIndex } from '../../lib/ward-search';
import { POSTER_LIMITS } from '../../lib/poster-limits';

/**
 * The staff generator: pick a ward and a format, optionally edit the headline and subtitle and add
 * one extra QR code, see the static poster page in a preview frame, print it. Everything happens in
 * the browser; the choices only become the preview's address (?tieu-de=…&dong-phu=…&qr=…).
 */
export function enhanceGenerator(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const frame = root.querySelector<HTMLIFrameElement>('iframe')!;
  const openLink = root.querySelector<HTMLAnchorElement>('[data-open]')!;
  const qrMessage = root.querySelector<HTMLElement>('[data-qr-message]')!;
  const previewStatus = root.querySelector<HTMLElement>('[data-preview-status]')!;
  const wardInput = form.elements.namedItem('ward-query') as HTMLInputElement;
  const wardList = root.querySelector<HTMLUListElement>('[data-ward-results]')!;
  const wardChosen = root.querySelector<HTMLElement>('[data-ward-chosen]')!;
  const allowlist = JSON.parse(document.getElementById('qr-allowlist')!.textContent!) as QrAllowlist;
  const base = root.dataset.base!;
  let code = 'chung';
  let index: Promise<WardIndex> | undefined;

  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  const update = () => {
    const params = new URLSearchParams();
    const headline = field('tieu-de').slice(0, POSTER_LIMITS.headline);
    const subtitle = field('dong-phu').slice(0, POSTER_LIMITS.subtitle);
    if (headline) params.set('tieu-de', headline);
    if (subtitle) params.set('dong-phu', subtitle);
    const qr = field('qr');
    qrMessage.textContent = '';
    qrMessage.classList.remove('is-error', 'is-ok');
    if (qr) {
      const check = checkQrTarget(qr, allowlist);
      if (check.ok) {
        params.set('qr', check.url);
        qrMessage.textContent = `Sẽ thêm mã QR tới ${check.url}`;
        qrMessage.classList.add('is-ok');
      } else {
        qrMessage.textContent = `Không thêm mã QR: ${check.reason}`;
        qrMessage.classList.add('is-error');
      }
    }
    const format = (form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value) ?? 'a4';
    const query = params.toString();
    const url = `${base}${code}/${format}/${query ? `?${query}` : ''}`;
    openLink.href = url;
    void showPreview(url);
  };

  // Every page is served with frame-ancestors 'none', so the preview cannot frame the poster's
  // address; it shows the same static page as a srcdoc document instead. The <base> keeps its
  // links, scripts and query (read through document.baseURI) as if it had been opened directly.
  const pages = new Map<string, Promise<string>>();
  const showPreview = async (url: string) => {
    if (frame.dataset.src === url) return;
    frame.dataset.src = url;
    const path = url.split('?')[0]!;
    let html = pages.get(path);
    if (!html) {
      html = fetch(path).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
      pages.set(path, html);
    }
    try {
      const text = await html;
      if (frame.dataset.src !== url) return;
      const baseHref = new URL(url, location.href).href.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      frame.srcdoc = text.replace(/<head(\s[^>]*)?>/i, (head) => `${head}<base href="${baseHref}">`);
      previewStatus.textContent = '';
    } catch {
      pages.delete(path);
      frame.dataset.src = '';
      previewStatus.textContent = 'Không tải được bản xem trước. Hãy dùng đường dẫn "Mở trang in riêng".';
    }
  };

  const pickWard = (newCode: string, label: string) => {
    code = newCode;
    wardChosen.textContent = newCode === 'chung' ? 'Chưa chọn phường/xã: áp phích in tổng đài 1900 0368.' : `Đã chọn: ${label}`;
    wardList.replaceChildren();
    update();
  };
  wardInput.addEventListener('input', async () => {
    const q = wardInput.value.trim();
    if (q.length < 2) return wardList.replaceChildren();
    index ??= fetch(root.dataset.index!).then((r) => r.json());
    const hits = searchWards(await index, q, 8).filter((h) => h.kind === 'current');
    wardList.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${hit.name}, ${hit.province}`;
        if (hit.kind === 'current') button.addEventListener('click', () => pickWard(hit.code, button.textContent ?? ''));
        li.append(button);
        return li;
      }),
    );
  });
  root.querySelector('[data-ward-clear]')?.addEventListener('click', () => pickWard('chung', ''));
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') !== 'ward-query') update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  root.querySelector('[data-print]')?.addEventListener('click', () => frame.contentWindow?.print());
  root.hidden = false;
  root.parentElement?.querySelector('[data-no-js]')?.setAttribute('hidden', '');
  update();
}
