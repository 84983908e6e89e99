/** Staff who asked their system for less motion (chartUpdate in shared/ draws their charts at once). */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
