// @vitest-environment happy-dom
// The step-by-step script against a small fixture (the markup Step.astro renders), without a site
// build: every step stays open on load, folding is the reader's choice, remembered per guide.
import { beforeEach, describe, expect, it } from 'vitest';
import { enhanceStepByStep, storageKey } from './step-by-step';

const step = (n: number, title: string) => `
  <li class="sbs-step"><h3 class="sbs-title"><span class="sbs-marker" aria-hidden="true">${n}</span>
  <span class="sbs-title-text" data-step-title><span class="sr-only">Bước ${n}: </span>${title}</span></h3>
  <button type="button" class="sbs-fold" aria-controls="buoc-${n}" aria-expanded="true" data-requires-js>Thu gọn</button>
  <div class="sbs-panel" id="buoc-${n}"><p>Nội dung ${n}</p></div></li>`;

function fixture() {
  document.body.innerHTML = `<div class="sbs" data-module="step-by-step"><div class="sbs-controls" data-requires-js><button type="button" class="sbs-toggle-all">Thu gọn tất cả các bước</button></div><ol class="sbs-steps">${step(1, 'Mở ứng dụng')}${step(2, 'Nhập số')}${step(3, 'Nhập mã')}</ol></div>`;
  return document.querySelector<HTMLElement>('[data-module="step-by-step"]')!;
}

/** A Storage that keeps items in a Map, as localStorage would. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const panels = () => [...document.querySelectorAll<HTMLElement>('.sbs-panel')];
const folds = () => [...document.querySelectorAll<HTMLButtonElement>('.sbs-fold')];
const allButton = () => document.querySelector<HTMLButtonElement>('.sbs-toggle-all')!;

describe('enhanceStepByStep', () => {
  let storage: Storage;
  beforeEach(() => (storage = memoryStorage()));

  it('leaves every step open and wires the fold button after each heading', () => {
    enhanceStepByStep(fixture(), 'k', storage);
    expect(panels().map((p) => p.hidden)).toEqual([false, false, false]);
    expect(folds()).toHaveLength(3);
    expect(folds()[0]!.getAttribute('aria-controls')).toBe('buoc-1');
    expect(folds()[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(folds()[1]!.getAttribute('aria-label')).toBe('Thu gọn bước: Bước 2: Nhập số');
    // The title stays a heading with no button or link inside it.
    expect(document.querySelectorAll('.sbs-title button, .sbs-title a')).toHaveLength(0);
    expect(allButton().textContent).toBe('Thu gọn tất cả các bước');
  });

  it('folds one step on click and remembers it under the guide’s key', () => {
    enhanceStepByStep(fixture(), 'k', storage);
    folds()[1]!.click();
    expect(panels().map((p) => p.hidden)).toEqual([false, true, false]);
    expect(folds()[1]!.getAttribute('aria-expanded')).toBe('false');
    expect(storage.getItem('k')).toBe('[1]');
    // A later visit to the same guide starts with that step folded; another guide does not.
    enhanceStepByStep(fixture(), 'k', storage);
    expect(panels().map((p) => p.hidden)).toEqual([false, true, false]);
    enhanceStepByStep(fixture(), 'other', storage);
    expect(panels().map((p) => p.hidden)).toEqual([false, false, false]);
  });

  it('folds and opens all; opening all forgets the choice', () => {
    enhanceStepByStep(fixture(), 'k', storage);
    allButton().click();
    expect(panels().every((p) => p.hidden)).toBe(true);
    expect(allButton().textContent).toBe('Mở tất cả các bước');
    expect(storage.getItem('k')).toBe('[0,1,2]');
    allButton().click();
    expect(panels().every((p) => !p.hidden)).toBe(true);
    expect(storage.getItem('k')).toBeNull();
  });

  it('ignores a damaged stored value and works without storage', () => {
    storage.setItem('k', '{not json');
    enhanceStepByStep(fixture(), 'k', storage);
    expect(panels().every((p) => !p.hidden)).toBe(true);
    enhanceStepByStep(fixture(), 'k', undefined);
    folds()[0]!.click();
    expect(panels()[0]!.hidden).toBe(true);
  });

  it('keys are per page and per list', () => {
    expect(storageKey('/huong-dan/a/', 0)).not.toBe(storageKey('/huong-dan/b/', 0));
    expect(storageKey('/huong-dan/a/', 0)).not.toBe(storageKey('/huong-dan/a/', 1));
  });
});
