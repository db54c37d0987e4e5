import { checksNeeded, graphemes, PARAMS, readSheetParams, type ParamName } from '../../lib/poster-fields';
import { POSTER_LIMITS } from '../../lib/poster-limits';
import { fillPostText, type PostContact, type PostMedium } from '../../lib/poster-posts';
import { sessionLine, type SessionLike } from '../../lib/sessions';
import type { WardShard } from '../../lib/poster-ward';
import { isPrintFormat, PRINT_FORMATS, type PrintFormat } from '../../lib/print-formats';
import type { QrAllowlist } from '../../lib/qr-allowlist';
import { findWards } from '../../lib/search-places';
import { shardSource, type WardShards } from '../../lib/ward-shards';
import { PRINT_STATE_MESSAGE, type PrintState } from './sheet-config';

/** What the generator page passes its script (<script type="application/json" id="generator-config">). */
export interface GeneratorConfig {
  /** Base-prefixed "/in-an/". */
  sheets: string;
  /** The ward index's shards (src/lib/ward-shards.ts): a typed name fetches its shard, ?ma= its code's. */
  wards: WardShards;
  /** This site's address with its base path; null while siteUrl is the placeholder. */
  site: string | null;
  allowlist: QrAllowlist;
  hotline: string;
  posts: { id: string; medium: PostMedium; template: string }[];
}

/** Fields with a limit, counted live as staff type (never cut: a text over the limit is refused with a message). */
const LIMITS: Partial<Record<ParamName, number>> = {
  [PARAMS.headline]: POSTER_LIMITS.headline,
  [PARAMS.subtitle]: POSTER_LIMITS.subtitle,
  [PARAMS.contactPlace]: POSTER_LIMITS.contactPlace,
  [PARAMS.contactAddress]: POSTER_LIMITS.contactAddress,
  [PARAMS.contactHours]: POSTER_LIMITS.contactHours,
  [PARAMS.sessionPlace]: POSTER_LIMITS.sessionPlace,
  [PARAMS.sessionAudience]: POSTER_LIMITS.sessionAudience,
  [PARAMS.extraQr]: POSTER_LIMITS.qrInput,
};

/**
 * The staff generator: pick a ward and a format, optionally edit the text, a contact block, a
 * session and one extra QR code, see the sheet in a preview frame (scaled to show all of it),
 * print it. Every field is checked here with the same functions the sheet uses; the sheet checks
 * again, fits the type and tells this page whether it can print. Nothing leaves the browser: the
 * choices only become the sheet's address (/in-an/<format>/?ma=…&…).
 */
export function enhanceGenerator(root: HTMLElement) {
  const config = JSON.parse(document.getElementById('generator-config')!.textContent!) as GeneratorConfig;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const frame = root.querySelector<HTMLIFrameElement>('iframe')!;
  const openLink = root.querySelector<HTMLAnchorElement>('[data-open]')!;
  const printButton = root.querySelector<HTMLButtonElement>('[data-print]')!;
  const previewStatus = root.querySelector<HTMLElement>('[data-preview-status]')!;
  const wardInput = form.elements.namedItem('ward-query') as HTMLInputElement;
  const wardList = root.querySelector<HTMLUListElement>('[data-ward-results]')!;
  const wardChosen = root.querySelector<HTMLElement>('[data-ward-chosen]')!;
  const postsFor = document.querySelector<HTMLElement>('[data-posts-for]');
  let ward: { code: string; name: string } | undefined;
  /** What the chosen ward published (its verified contact, its upcoming days), from its print data file. */
  let published: { contact?: PostContact; sessions: SessionLike[] } = { sessions: [] };
  /** The last check of the form: the posts use the day and the contact typed there. */
  let lastRead: { session?: SessionLike; contact?: PostContact } = {};
  const publishedList = root.querySelector<HTMLElement>('[data-published-sessions]');
  const source = shardSource(config.wards);
  // The phone check (libphonenumber's metadata) and the QR library are loaded the first time a
  // phone number or an extra address is typed: most posters need neither.
  let phone: typeof import('../../lib/phone') | undefined;
  let qr: typeof import('../../lib/qr-modules') | undefined;
  const load = (needs: { phone: boolean; qr: boolean }) => {
    const pending = [
      ...(needs.phone && !phone ? [import('../../lib/phone').then((m) => void (phone = m))] : []),
      ...(needs.qr && !qr ? [import('../../lib/qr-modules').then((m) => void (qr = m))] : []),
    ];
    if (pending.length) void Promise.all(pending).then(update);
    return pending.length === 0;
  };

  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  // A tick box gives its value only when ticked (as a form would submit it).
  const value = (name: string) => {
    const el = input(name);
    if (!el || (el.type === 'checkbox' && !el.checked)) return '';
    return el.value.trim();
  };
  const format = (): PrintFormat => {
    const chosen = form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value;
    return isPrintFormat(chosen) ? chosen : 'a4';
  };

  const showErrors = (problems: { field: ParamName; message: string }[]) => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const own = problems.filter((p) => p.field === el.dataset.errorFor).map((p) => p.message);
      el.textContent = own.join(' ');
      el.classList.toggle('is-error', own.length > 0);
      input(el.dataset.errorFor!)?.setAttribute('aria-invalid', String(own.length > 0));
    }
  };

  /** "12/60 ký tự", or how many over: counted as a reader counts (a letter with its tone mark is one). */
  const showCount = (name: ParamName) => {
    const max = LIMITS[name];
    const el = root.querySelector<HTMLElement>(`[data-count-for="${name}"]`);
    if (!max || !el) return;
    const n = graphemes(value(name).normalize('NFC')).length;
    el.textContent = n > max ? `${n}/${max} ký tự: quá ${n - max} ký tự, hãy viết ngắn lại` : `${n}/${max} ký tự`;
    el.classList.toggle('is-error', n > max);
  };

  const update = () => {
    const chosen = format();
    const spec = PRINT_FORMATS[chosen];
    for (const set of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
      set.hidden = !spec.fields[set.dataset.for as keyof typeof spec.fields];
    }
    const params = new URLSearchParams();
    if (ward) params.set(PARAMS.code, ward.code);
    const names: ParamName[] = [];
    if (spec.fields.text) names.push(PARAMS.headline, PARAMS.subtitle);
    if (spec.fields.contact) names.push(PARAMS.contactPlace, PARAMS.contactAddress, PARAMS.contactPhone, PARAMS.contactHours);
    if (spec.fields.session) names.push(PARAMS.sessionDate, PARAMS.sessionStart, PARAMS.sessionEnd, PARAMS.sessionPlace, PARAMS.sessionAudience);
    if (spec.fields.extraQr) names.push(PARAMS.extraQr, PARAMS.english);
    for (const name of names) if (value(name)) params.set(name, value(name));

    const ready = load(checksNeeded(params, chosen));
    if (!ready) {
      printButton.disabled = true;
      previewStatus.textContent = 'Đang kiểm tra…';
      return;
    }
    const read = readSheetParams(params, { format: chosen, allowlist: config.allowlist }, { ...(phone ? { checkPhone: phone.checkVietnamesePhone } : {}), ...(qr ? { checkQrPrintable: qr.checkQrPrintable } : {}) });
    showErrors(read.problems);
    lastRead = { ...(read.session ? { session: read.session } : {}), ...(read.contact ? { contact: read.contact } : {}) };
    updatePosts();
    const qrMessage = root.querySelector<HTMLElement>('[data-error-for="qr"]');
    if (qrMessage && read.extraQr) {
      qrMessage.textContent = `Sẽ thêm mã QR tới ${read.extraQr.url} (mỗi ô ${read.extraQr.moduleMm.toFixed(2)} mm khi in ${spec.short}).`;
      qrMessage.classList.add('is-ok');
    } else qrMessage?.classList.remove('is-ok');

    const query = params.toString();
    const url = `${config.sheets}${chosen}/${query ? `?${query}` : ''}`;
    openLink.href = url;
    void showPreview(url);
  };

  // Every page is served with frame-ancestors 'none', so the preview cannot frame the sheet's
  // address; it shows the same static page as a srcdoc document instead. The <base> keeps its
  // links, scripts and query (read through document.baseURI) as if it had been opened directly.
  const pages = new Map<string, Promise<string>>();
  const showPreview = async (url: string) => {
    if (frame.dataset.src === url) return;
    frame.dataset.src = url;
    frame.dataset.state = 'pending';
    printButton.disabled = true;
    previewStatus.textContent = 'Đang chuẩn bị bản xem trước…';
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
    } catch {
      pages.delete(path);
      frame.dataset.src = '';
      previewStatus.textContent = 'Không tải được bản xem trước. Hãy dùng đường dẫn "Mở trang in riêng".';
    }
  };
  // The sheet says whether it fits and every field passed; only then can it be printed from here.
  window.addEventListener('message', (event: MessageEvent<{ type?: string; state?: PrintState; problems?: string[] }>) => {
    if (event.source !== frame.contentWindow || event.origin !== location.origin || event.data?.type !== PRINT_STATE_MESSAGE) return;
    frame.dataset.state = event.data.state ?? '';
    // An incomplete sheet prints (its boxes say what is missing) but is never called ready.
    printButton.disabled = event.data.state !== 'ready' && event.data.state !== 'incomplete';
    const told = (event.data.problems ?? []).join(' ');
    previewStatus.textContent =
      event.data.state === 'ready' ? 'Sẵn sàng in: mọi mã QR đã có. Bản xem trước là cả trang, thu nhỏ cho vừa khung.' : event.data.state === 'incomplete' ? `In được nhưng chưa đủ: ${told}` : `Chưa in được: ${told}`;
  });

  const updatePosts = () => {
    const pageUrl = config.site ? new URL(ward ? `phuong-xa/${ward.code}/` : 'phuong-xa/', config.site).href : null;
    // The day and contact typed in the form; else what the ward published.
    const session = lastRead.session ?? published.sessions[0];
    const contact = lastRead.contact ?? published.contact;
    for (const post of config.posts) {
      const area = document.querySelector<HTMLTextAreaElement>(`[data-post="${post.id}"]`);
      if (area) area.value = fillPostText(post.template, post.medium, { wardName: ward?.name, pageUrl, hotline: config.hotline, session, contact });
    }
    if (postsFor) postsFor.textContent = ward ? `Đang hiện bản cho ${ward.name}.` : 'Đang hiện bản chung; chọn phường/xã ở trên để điền tên và địa chỉ trang của nơi đó.';
  };

  /** Fills the session fields from a published day, as if typed: one click. */
  const fillSession = (s: SessionLike) => {
    const values: [ParamName, string][] = [
      [PARAMS.sessionDate, typeof s.date === 'string' ? s.date : s.date.toISOString().slice(0, 10)],
      [PARAMS.sessionStart, s.start],
      [PARAMS.sessionEnd, s.end],
      [PARAMS.sessionPlace, s.place],
      [PARAMS.sessionAudience, s.audience ?? ''],
    ];
    for (const [name, value] of values) {
      const el = input(name);
      if (el) el.value = value;
      showCount(name);
    }
    update();
  };

  const showPublished = () => {
    if (!publishedList) return;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const days = published.sessions.filter((s) => String(s.date) >= today);
    publishedList.replaceChildren(
      ...days.map((s) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link-button';
        button.textContent = `Điền buổi đã công bố: ${sessionLine(s)}`;
        button.addEventListener('click', () => fillSession(s));
        return button;
      }),
    );
    publishedList.hidden = days.length === 0;
  };

  const loadPublished = async (code: string) => {
    published = { sessions: [] };
    try {
      const shard = (await fetch(`${config.sheets}phuong-xa-${code.slice(0, 2)}.json`).then((r) => r.json())) as WardShard;
      const entry = shard.u[code];
      if (ward?.code !== code || !entry) return;
      published = {
        ...(entry.c ? { contact: { place: entry.c.name, address: entry.c.address, phone: entry.c.phone, hours: entry.c.hours } } : {}),
        sessions: (entry.s ?? []).map(([date, start, end, place, audience]) => ({ date, start, end, place, ...(audience ? { audience } : {}) })),
      };
    } catch {
      // Without the ward's data the generator still works from what is typed.
    }
    showPublished();
    updatePosts();
  };

  const pickWard = (picked: { code: string; name: string; label: string } | undefined) => {
    ward = picked && { code: picked.code, name: picked.name };
    published = { sessions: [] };
    showPublished();
    if (picked) void loadPublished(picked.code);
    wardChosen.textContent = picked ? `Đã chọn: ${picked.label}` : `Chưa chọn phường/xã: ấn phẩm in tổng đài ${config.hotline}.`;
    wardList.replaceChildren();
    update();
    updatePosts();
  };
  wardInput.addEventListener('input', async () => {
    const q = wardInput.value.trim();
    if (q.length < 2) return wardList.replaceChildren();
    const { hits } = await findWards(source, q, 8).catch(() => ({ hits: [] }));
    wardList.replaceChildren(
      ...hits.flatMap((hit) => {
        if (hit.kind !== 'current') return [];
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${hit.name}, ${hit.province}`;
        button.addEventListener('click', () => {
          pickWard({ code: hit.code, name: hit.name, label: button.textContent ?? '' });
          // The list (and the button that had focus) is gone: focus goes to what changed, which says the ward chosen.
          wardChosen.focus();
        });
        li.append(button);
        return [li];
      }),
    );
  });
  root.querySelector('[data-ward-clear]')?.addEventListener('click', () => pickWard(undefined));
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const name = target.getAttribute('name') as ParamName | 'ward-query' | 'format';
    if (name === 'ward-query') return;
    showCount(name as ParamName);
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  printButton.addEventListener('click', () => {
    if (frame.dataset.state === 'ready' || frame.dataset.state === 'incomplete') frame.contentWindow?.print();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        area.select();
        document.execCommand('copy');
      }
      button.textContent = 'Đã chép';
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
  // A ward page links here with ?ma=<code>: start with that ward.
  const start = new URLSearchParams(location.search).get(PARAMS.code);
  root.hidden = false;
  root.parentElement?.querySelector('[data-no-js]')?.setAttribute('hidden', '');
  if (start && /^\d{5}$/.test(start)) {
    void source.forCode(start).then((data) => {
      const unit = data.u.find((u) => u[0] === start);
      if (unit) pickWard({ code: unit[0], name: unit[1], label: `${unit[1]}, ${data.p[unit[2]]}` });
    }, () => undefined);
  }
  update();
}

