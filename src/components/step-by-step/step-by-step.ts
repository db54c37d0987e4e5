/**
 * Progressive enhancement for <StepByStep>: each step title becomes a button that shows or hides
 * its panel (aria-expanded tells screen readers), and one "Hiện tất cả các bước" button toggles all.
 * Long guides become a scannable list on a small screen; without JS every step stays open.
 */
const SHOW_ALL = 'Hiện tất cả các bước';
const HIDE_ALL = 'Ẩn tất cả các bước';

function setExpanded(button: HTMLButtonElement, panel: HTMLElement, expanded: boolean) {
  button.setAttribute('aria-expanded', String(expanded));
  panel.hidden = !expanded;
  const state = button.querySelector('.sbs-state');
  if (state) state.textContent = expanded ? 'Ẩn bước này' : 'Hiện bước này';
}

export function enhanceStepByStep(root: HTMLElement) {
  if (root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const toggles: { button: HTMLButtonElement; panel: HTMLElement }[] = [];

  for (const step of root.querySelectorAll<HTMLElement>('.sbs-step')) {
    const title = step.querySelector<HTMLElement>('[data-step-title]');
    const panel = step.querySelector<HTMLElement>('.sbs-panel');
    if (!title || !panel) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-controls', panel.id);
    button.append(...title.childNodes);
    const state = document.createElement('span');
    state.className = 'sbs-state';
    button.append(state);
    title.append(button);
    toggles.push({ button, panel });
    button.addEventListener('click', () => {
      setExpanded(button, panel, button.getAttribute('aria-expanded') !== 'true');
      syncAll();
    });
  }
  if (toggles.length === 0) return;

  const controls = document.createElement('div');
  controls.className = 'sbs-controls';
  const all = document.createElement('button');
  all.type = 'button';
  all.className = 'sbs-toggle-all';
  controls.append(all);
  root.prepend(controls);

  const syncAll = () => {
    const allOpen = toggles.every(({ button }) => button.getAttribute('aria-expanded') === 'true');
    all.textContent = allOpen ? HIDE_ALL : SHOW_ALL;
    all.setAttribute('aria-expanded', String(allOpen));
  };
  all.addEventListener('click', () => {
    const open = all.getAttribute('aria-expanded') !== 'true';
    toggles.forEach(({ button, panel }) => setExpanded(button, panel, open));
    syncAll();
  });

  // Start collapsed so the whole journey fits on a phone screen; the first step stays open.
  toggles.forEach(({ button, panel }, i) => setExpanded(button, panel, i === 0));
  syncAll();
}
