/**
 * A ward page is built once and read for days: a registration day that has passed since the build
 * must not be announced. Every element marked data-session-date="YYYY-MM-DD" is hidden once that day
 * is over in Vietnam (whatever the phone's time zone); in the first screen's "Khi nào" line the
 * first day still to come is shown, or, when none is left, the line written for that case.
 * Without JavaScript the page prints each day in full ("Thứ Bảy 12/12/2026"), so a past day reads as past.
 */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

for (const el of document.querySelectorAll<HTMLElement>('[data-session-date]')) {
  if ((el.dataset.sessionDate ?? '') < today) el.hidden = true;
}
for (const line of document.querySelectorAll<HTMLElement>('[data-when]')) {
  const options = [...line.querySelectorAll<HTMLElement>('[data-when-option]')].filter((o) => (o.dataset.sessionDate ?? '') >= today);
  line.querySelectorAll<HTMLElement>('[data-when-option]').forEach((o) => (o.hidden = o !== options[0]));
  const fallback = line.querySelector<HTMLElement>('[data-when-fallback]');
  if (fallback) fallback.hidden = options.length > 0;
}
for (const list of document.querySelectorAll<HTMLElement>('[data-sessions]')) {
  // A list whose every day has passed says so instead of standing empty.
  const left = [...list.querySelectorAll<HTMLElement>('[data-session-date]')].some((el) => !el.hidden);
  list.querySelector<HTMLElement>('[data-sessions-none]')?.toggleAttribute('hidden', left);
}

export {};
