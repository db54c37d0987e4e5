/** Which store a phone uses, from its user agent; undefined when unsure (desktop, other). */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): 'ios' | 'android' | undefined {
  if (/android/i.test(userAgent)) return 'android';
  if (/iphone|ipad|ipod/i.test(userAgent)) return 'ios';
  // iPadOS 13+ reports a Mac user agent; touch support tells it apart from a real Mac.
  if (/macintosh/i.test(userAgent) && maxTouchPoints > 1) return 'ios';
  return undefined;
}

/**
 * Marks the resident's store and says so; never navigates anywhere. Both buttons stay where they
 * are (moving them after the first paint is a layout shift, and a moving target for a thumb), and
 * both stay usable, because a guess can be wrong and a family member may be helping from another phone.
 */
export function markYourStore(root: HTMLElement, platform: 'ios' | 'android' | undefined) {
  if (!platform) return;
  const mine = root.querySelector<HTMLElement>(`[data-store="${platform}"]`);
  const note = root.querySelector<HTMLElement>('[data-platform-note]');
  if (!mine) return;
  mine.classList.add('is-yours');
  if (note) {
    // The page may give the sentence in its own language (data-ios / data-android on the note).
    const given = platform === 'ios' ? note.dataset.ios : note.dataset.android;
    note.textContent = given ?? (platform === 'ios' ? 'Điện thoại của bạn có vẻ là iPhone: dùng nút App Store (khung đậm).' : 'Điện thoại của bạn có vẻ là Android: dùng nút CH Play (khung đậm).');
  }
}
