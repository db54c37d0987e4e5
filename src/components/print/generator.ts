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
    if (frame.getAttribute('src') !== url) frame.setAttribute('src', url);
    openLink.href = url;
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
