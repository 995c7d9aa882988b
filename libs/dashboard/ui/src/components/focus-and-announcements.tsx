import { useEffect, useRef, useState } from 'react';

/** Overlays that take focus while open: dialogs, drawers, popovers and drop-down menus. */
const OVERLAY = '.ant-modal-root, .ant-modal-wrap, .ant-drawer, .ant-popover, .ant-dropdown, [role="dialog"]';
const FORM_ERROR = '.ant-form-item-explain-error';

const inOverlay = (el: Element | null) => !!el?.closest(OVERLAY);

/**
 * Two things Ant Design leaves to each page, done once for all of them (WCAG 2.4.3, 4.1.3):
 *
 * - Focus returns to what opened a dialog. antd's `focusTriggerAfterClose` only works when the
 *   Modal stays mounted and animates out; our dialogs unmount when closed, which drops focus to
 *   <body>. So: remember the last focused element outside any overlay, and when focus has fallen to
 *   <body> after an overlay closed, give it back (if it is still on the page).
 * - Form errors are announced. antd renders them beside the field (and links them with
 *   aria-describedby) but in no live region, so a screen reader says nothing on submit. New error
 *   texts are copied into one polite live region.
 */
export function FocusAndAnnouncements() {
  const [announcement, setAnnouncement] = useState('');
  const lastOutside = useRef<HTMLElement | null>(null);
  const wasInOverlay = useRef(false);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement | null;
      if (!target || target === document.body) return;
      wasInOverlay.current = inOverlay(target);
      if (!wasInOverlay.current) lastOutside.current = target;
    };
    document.addEventListener('focusin', onFocusIn);

    let announced = new Set<string>();
    const check = () => {
      const active = document.activeElement;
      if (wasInOverlay.current && (!active || active === document.body)) {
        if (!document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) {
          wasInOverlay.current = false;
          // What opened it, or (when that is gone, e.g. the decided request's button) the page's heading.
          const back = lastOutside.current?.isConnected ? lastOutside.current : document.querySelector<HTMLElement>('h1');
          if (back && !back.matches('button, a, input, select, textarea, [tabindex]')) back.setAttribute('tabindex', '-1');
          back?.focus({ preventScroll: true });
        }
      }
      const errors = [...document.querySelectorAll(FORM_ERROR)].map((e) => e.textContent?.trim() ?? '').filter(Boolean);
      const fresh = errors.filter((e) => !announced.has(e));
      announced = new Set(errors);
      if (fresh.length) setAnnouncement(fresh.join('. '));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);

  return (
    <div className="kq-visually-hidden" role="status" aria-live="polite" data-testid="form-errors-live">
      {announcement}
    </div>
  );
}
