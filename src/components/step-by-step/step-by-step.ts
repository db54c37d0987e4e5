/**
 * Progressive enhancement for <StepByStep>. Every step stays open, as without JavaScript: someone
 * following along at a computer reads the whole journey. Folding is the reader's choice: each step
 * has a small "Thu gọn" button under its title (the title stays a heading, not a link), and one
 * button folds or opens all. The choice is remembered per guide in this browser (localStorage), and
 * nothing is folded for a reader who never asked.
 */
/** The buttons' words: Vietnamese unless the page gives its own (data-words, from src/lib/i18n.ts). */
const VIETNAMESE = { fold: 'Thu gọn', open: 'Mở bước', foldAll: 'Thu gọn tất cả các bước', openAll: 'Mở tất cả các bước', foldStep: 'Thu gọn bước: {}', openStep: 'Mở bước: {}' };
type Words = typeof VIETNAMESE;

function wordsOf(root: HTMLElement): Words {
  try {
    const given = JSON.parse(root.dataset.words ?? '{}') as Partial<Words>;
    return Object.fromEntries(Object.entries(VIETNAMESE).map(([k, v]) => [k, typeof given[k as keyof Words] === 'string' ? given[k as keyof Words] : v])) as Words;
  } catch {
    return VIETNAMESE;
  }
}

type Toggle = { button: HTMLButtonElement; panel: HTMLElement; title: string };

function setOpen({ button, panel, title }: Toggle, open: boolean, words: Words) {
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? words.fold : words.open;
  button.setAttribute('aria-label', (open ? words.foldStep : words.openStep).replace('{}', title));
  panel.hidden = !open;
}

/** Where a guide's folded steps are remembered: one key per page and list. */
export const storageKey = (path: string, index: number) => `vneid-buoc:${path}:${index}`;

function readFolded(key: string, storage: Storage | undefined): Set<number> {
  try {
    const value = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
    return new Set(Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : []);
  } catch {
    return new Set();
  }
}

export function enhanceStepByStep(root: HTMLElement, key: string, storage: Storage | undefined = safeLocalStorage()) {
  if (root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const words = wordsOf(root);
  // The buttons are in the page's HTML already (Step.astro, StepByStep.astro), hidden where scripts
  // do not run: wiring them up moves nothing on the screen.
  const toggles: Toggle[] = [];
  for (const step of root.querySelectorAll<HTMLElement>('.sbs-step')) {
    const button = step.querySelector<HTMLButtonElement>('.sbs-fold');
    const panel = step.querySelector<HTMLElement>('.sbs-panel');
    if (!button || !panel) continue;
    toggles.push({ button, panel, title: step.querySelector('[data-step-title]')?.textContent?.trim() ?? '' });
  }
  const all = root.querySelector<HTMLButtonElement>('.sbs-toggle-all');
  if (toggles.length === 0 || !all) return;

  const save = () => {
    const folded = toggles.flatMap((t, i) => (t.panel.hidden ? [i] : []));
    try {
      if (folded.length) storage?.setItem(key, JSON.stringify(folded));
      else storage?.removeItem(key);
    } catch {
      // Private browsing or a full storage: folding still works, it is just not remembered.
    }
  };
  const syncAll = () => {
    const anyOpen = toggles.some((t) => !t.panel.hidden);
    all.textContent = anyOpen ? words.foldAll : words.openAll;
  };
  for (const toggle of toggles) {
    toggle.button.addEventListener('click', () => {
      setOpen(toggle, toggle.panel.hidden, words);
      syncAll();
      save();
    });
  }
  all.addEventListener('click', () => {
    const open = !toggles.some((t) => !t.panel.hidden);
    toggles.forEach((t) => setOpen(t, open, words));
    syncAll();
    save();
  });

  const folded = readFolded(key, storage);
  toggles.forEach((t, i) => setOpen(t, !folded.has(i), words));
  syncAll();
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
