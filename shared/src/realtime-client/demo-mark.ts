import { AUTH_ROUTES } from '../rest/auth.ts';
import { callRoute, type CallOptions } from '../rest/call.ts';

/** The words on the ribbon: both languages at once, whatever language the screen shows. */
export const DEMO_RIBBON_TEXT = '演示 DEMO';
const TITLE_PREFIX = '【演示 DEMO】';

/**
 * Every screen of the demo branch (seeded, well-known passwords) says so, so nobody mistakes
 * it for a live branch: asks the server once (`GET /api/server-info`, no sign-in needed) and,
 * on the demo, pins a tab to the page's right edge and prefixes the window title. One module
 * for the kiosk, the hall display, the staff app, the evaluator and the mobile page; plain
 * DOM (styles set through CSSOM, which the CSP allows), so it works before React mounts and
 * on a pairing screen. Resolves to whether the server is the demo (null: not reachable now).
 */
export async function markIfDemo(doc: Document, opts: CallOptions = {}): Promise<boolean | null> {
  const info = await callRoute(AUTH_ROUTES.serverInfo, {}, opts);
  if (!info.ok) return null;
  if (info.data.demo) showDemoRibbon(doc);
  return info.data.demo;
}

export function showDemoRibbon(doc: Document): void {
  if (doc.querySelector('[data-demo-ribbon]')) return;
  const ribbon = doc.createElement('div');
  ribbon.dataset.demoRibbon = '';
  ribbon.textContent = DEMO_RIBBON_TEXT;
  ribbon.setAttribute('role', 'note');
  ribbon.setAttribute('aria-label', '演示系统 / Demo system — not a live branch');
  Object.assign(ribbon.style, {
    // A narrow upright tab on the middle of the right edge: seen on every screen, yet over
    // no header button, no title and no footer of any app.
    position: 'fixed',
    top: '50%',
    right: '0',
    transform: 'translateY(-50%)',
    writingMode: 'vertical-rl',
    textOrientation: 'upright',
    padding: '10px 3px',
    borderRadius: '6px 0 0 6px',
    background: '#d4380d',
    color: '#fff',
    font: 'bold 14px/1 system-ui, "Noto Sans CJK SC", sans-serif',
    letterSpacing: '2px',
    boxShadow: '0 2px 6px rgba(0,0,0,.35)',
    zIndex: '2147483647',
    // Clicks pass through to whatever is beneath.
    pointerEvents: 'none',
  } satisfies Partial<CSSStyleDeclaration>);
  doc.body.appendChild(ribbon);
  if (!doc.title.startsWith(TITLE_PREFIX)) doc.title = TITLE_PREFIX + doc.title;
}
