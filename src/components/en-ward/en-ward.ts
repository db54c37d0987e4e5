import { formatPhone, telHref } from '../../lib/phone';
import type { WardShard } from '../../lib/poster-ward';
import { wardShardPrefix } from '../../lib/print-formats';
import { todayInVietnam } from '../../lib/dates';

/**
 * The English ward page (/en/ward/?code=27139) is one page for all 3,321 units: it reads the unit
 * from the address, like the print sheets, and fills in the ward's name, its published contact and
 * registration days from the same print shard (/in-an/phuong-xa-<2 digits>.json). Everything is
 * written with textContent, never as HTML, so ward data can never become markup. The page's static
 * text (where foreigners go, what to bring) is there without JavaScript.
 */

/** "27139" from ?code=27139 (also ?ma=, as on print sheets); undefined for anything else. */
export function codeFromSearch(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const code = (params.get('code') ?? params.get('ma') ?? '').trim();
  return /^\d{5}$/.test(code) ? code : undefined;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Saturday 12 December 2026" for 2026-12-12 (a calendar day in Vietnam). */
export function englishDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export interface EnWardView {
  name: string;
  province: string;
  contact?: { name: string; address?: string; phone?: string; display?: string; hours?: string; verified: string; source: string };
  /** Days still to come, soonest first. */
  sessions: { day: string; iso: string; time: string; place: string; audience?: string }[];
}

/** What the page shows for a unit of a shard, or undefined when the shard has no such unit. */
export function wardView(shard: WardShard, code: string, today = todayInVietnam()): EnWardView | undefined {
  const unit = shard.u[code];
  if (!unit) return undefined;
  return {
    name: unit.n,
    province: shard.p[unit.p] ?? '',
    ...(unit.c ? { contact: unit.c } : {}),
    sessions: (unit.s ?? [])
      .filter(([iso]) => iso >= today)
      .map(([iso, start, end, place, audience]) => ({ day: englishDay(iso), iso, time: `${start}–${end}`, place, ...(audience ? { audience } : {}) })),
  };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
};

/** Fills the page's [data-en-ward] block for the unit in the address; says so plainly when it cannot. */
export async function showWard(root: HTMLElement, { search = location.search, base = '/', fetcher = fetch }: { search?: string; base?: string; fetcher?: typeof fetch } = {}) {
  const code = codeFromSearch(search);
  const heading = root.querySelector<HTMLElement>('[data-en-ward-heading]');
  const body = root.querySelector<HTMLElement>('[data-en-ward-body]');
  if (!heading || !body) return;
  if (!code) return; // No ward in the address: the page's general text stands.
  let view: EnWardView | undefined;
  try {
    const response = await fetcher(`${base}in-an/phuong-xa-${wardShardPrefix(code)}.json`);
    if (response.ok) view = wardView((await response.json()) as WardShard, code);
  } catch {
    view = undefined;
  }
  body.replaceChildren();
  if (!view) {
    heading.textContent = `Ward ${code} not found`;
    body.append(el('p', `This site has no ward or commune with code ${code}. Ask at the ward or commune police (Công an xã/phường) where you live, or use the list of wards below.`));
    root.hidden = false;
    return;
  }
  heading.textContent = `${view.name}, ${view.province}`;
  heading.lang = 'vi';
  const vietnamese = el('a', `${view.name}: the ward's page in Vietnamese`, { href: `${base}phuong-xa/${code}/`, hreflang: 'vi' });
  // Level 2 for foreigners is the province's immigration office (Decree 69/2024, see the page's text).
  const office = el('p', 'For a level 2 account, foreigners here go to: ');
  office.append(el('strong', `Phòng Quản lý xuất nhập cảnh, Công an ${view.province}`, { lang: 'vi' }));
  body.append(office);
  if (view.contact) {
    const c = view.contact;
    body.append(el('h3', "The ward's published contact point (in Vietnamese)"));
    const list = el('ul');
    const item = el('li');
    item.append(el('strong', c.name, { lang: 'vi' }));
    if (c.address) item.append(document.createTextNode(': '), el('span', c.address, { lang: 'vi' }));
    list.append(item);
    if (c.phone) {
      const phone = el('li', 'Phone: ');
      phone.append(el('a', c.display ?? formatPhone(c.phone), { href: telHref(c.phone), class: 'phone-link' }));
      list.append(phone);
    }
    if (c.hours) list.append(el('li', `Hours (as published, in Vietnamese): ${c.hours}`));
    list.append(el('li', `Checked ${c.verified} (day/month/year), source: ${c.source}.`, { class: 'text-muted' }));
    body.append(list);
  } else {
    body.append(el('p', 'This ward has not published its contact point or opening hours on this site. Ask at the ward or commune police (Công an xã/phường), or call the helpline below.'));
  }
  if (view.sessions.length) {
    body.append(el('h3', 'Registration days the ward has published'));
    body.append(el('p', 'These are the ward\'s own days for residents. Foreigners register level 2 at the immigration office (see above); ask the ward whether a day can help you.'));
    const days = el('ul');
    for (const s of view.sessions) {
      const item = el('li', `${s.day}, ${s.time}: `);
      item.append(el('span', s.place + (s.audience ? ` (${s.audience})` : ''), { lang: 'vi' }));
      days.append(item);
    }
    body.append(days);
  }
  const more = el('p');
  more.append(vietnamese);
  body.append(more);
  root.hidden = false;
}
