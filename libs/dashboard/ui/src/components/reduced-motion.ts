/**
 * Whether the person asked their system for less motion (WCAG 2.3.3): then dialogs, drawers and
 * charts appear at once instead of sliding or fading in.
 */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
