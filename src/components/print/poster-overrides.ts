import QRCode from 'qrcode';
import { checkQrTarget, type QrAllowlist } from '../../lib/qr-allowlist';
import { POSTER_LIMITS } from '../../lib/poster-limits';


/**
 * Applies the generator's optional edits to a static poster page. Text goes in with textContent only
 * (a title like <script>…</script> prints as those characters); the extra QR must pass the same
 * allowlist as the build, or it is refused with the reason shown on screen (never printed).
 */
export async function applyPosterOverrides(doc: Document, params: URLSearchParams) {
  const setText = (field: string, value: string | null, max: number) => {
    if (value === null || value.trim() === '') return;
    for (const el of doc.querySelectorAll<HTMLElement>(`[data-field="${field}"]`)) el.textContent = value.trim().slice(0, max);
  };
  setText('headline', params.get('tieu-de'), POSTER_LIMITS.headline);
  setText('subtitle', params.get('dong-phu'), POSTER_LIMITS.subtitle);

  const extra = params.get('qr');
  if (!extra) return;
  const allowlist = JSON.parse(doc.getElementById('qr-allowlist')?.textContent ?? '{}') as QrAllowlist;
  const check = checkQrTarget(extra, allowlist);
  if (!check.ok) {
    const error = doc.querySelector<HTMLElement>('[data-field="extra-qr-error"]');
    if (error) {
      error.textContent = `Không thêm mã QR: ${check.reason}`;
      error.hidden = false;
    }
    return;
  }
  // The SVG comes from the qrcode library for an allowlisted URL: it contains paths only.
  const svg = await QRCode.toString(check.url, { type: 'svg', errorCorrectionLevel: 'Q', margin: 4 });
  for (const slot of doc.querySelectorAll<HTMLElement>('[data-field="extra-qr"]')) {
    const code = doc.createElement('div');
    code.className = 'qr-code extra-qr-code';
    code.setAttribute('role', 'img');
    code.setAttribute('aria-label', `Mã QR: ${check.url}`);
    code.innerHTML = svg;
    const caption = doc.createElement('p');
    caption.textContent = check.url.replace(/^https:\/\//, '');
    slot.replaceChildren(code, caption);
    slot.hidden = false;
  }
}
