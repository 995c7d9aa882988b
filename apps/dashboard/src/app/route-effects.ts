import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { AREAS, areaAt, SIGN_IN_PATH } from './navigation';

/** "Việc của tôi · Ketqua": each route's title comes from its entry in the route table. */
export function pageTitle(t: TFunction, pathname: string): string {
  const app = t('app.name');
  if (pathname === SIGN_IN_PATH) return `${t('auth.signIn.title')} · ${app}`;
  const area = areaAt(pathname);
  return area ? `${t(AREAS[area].label)} · ${app}` : app;
}

/** How long a page may take to show its heading (lazy chunk plus first query) before we give up. */
const HEADING_WAIT_MS = 8_000;

/**
 * What a screen-reader or keyboard user needs when the route changes (WCAG 2.4.2, 2.4.3): the
 * document's title names the page, and focus moves to the new page's main heading (after sign-in
 * it would otherwise fall to <body>). Focus is left alone if the user has moved it meanwhile.
 */
export function useRouteEffects(): void {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    document.title = pageTitle(t, pathname);
  }, [t, i18n.language, pathname]);

  useEffect(() => {
    // The first load keeps the browser's own focus (the address bar, or where a reload left it).
    if (first.current) {
      first.current = false;
      return;
    }
    const startedOn = document.activeElement;
    const focusHeading = (): boolean => {
      const moved = document.activeElement !== startedOn && document.activeElement !== document.body && document.activeElement?.isConnected;
      if (moved) return true;
      const heading = document.querySelector<HTMLElement>('main h1, h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => focusHeading() && stop());
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
}
