/**
 * The built web apps. Where an app's dist is missing, a small page says which app is
 * not built and how to build it, instead of a bare 404.
 */
import express, { Router, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface WebApp {
  workspace: 'kiosk' | 'display-board' | 'counter-client';
  title: string;
}

const KIOSK: WebApp = { workspace: 'kiosk', title: '取号机 Kiosk' };
const DISPLAY: WebApp = { workspace: 'display-board', title: '叫号屏 Hall display' };
const STAFF: WebApp = { workspace: 'counter-client', title: '柜员 / 大堂 / 管理 Staff app' };

export const STAFF_PAGES = ['/counter', '/counter/rate', '/lobby', '/admin'] as const;

export function staticApps(webRoot: string): Router {
  const router = Router();
  const dist = (app: WebApp) => join(webRoot, app.workspace, 'dist');
  const sendPage = (res: Response, app: WebApp, page: string) => {
    const file = join(dist(app), page);
    if (existsSync(file)) {
      res.set('Cache-Control', 'no-cache').sendFile(file);
    } else {
      res.status(503).type('html').send(notBuiltPage(app));
    }
  };
  const assets = (app: WebApp) => express.static(dist(app), { index: false, maxAge: '1h', fallthrough: true });

  router.use('/kiosk', assets(KIOSK));
  router.get(['/kiosk', '/kiosk/', '/kiosk/{*rest}'], (_req, res) => sendPage(res, KIOSK, 'index.html'));
  // The customer's phone pages: the ticket, the booking form, a booking, the hall poster's check-in.
  router.get(['/t/:token', '/book', '/b/:token', '/hall/:key'], (_req, res) => sendPage(res, KIOSK, 'mobile.html'));
  // Their service worker (Web Push reminders) sits at the root so that it may control /t/.
  router.get('/push-sw.js', (_req, res) => sendPage(res, KIOSK, 'push-sw.js'));

  router.use('/display', assets(DISPLAY));
  router.get(['/display', '/display/', '/display/{*rest}'], (_req, res) => sendPage(res, DISPLAY, 'index.html'));

  router.use('/staff', assets(STAFF));
  router.get([...STAFF_PAGES], (_req, res) => sendPage(res, STAFF, 'index.html'));

  router.get('/', (_req, res) => res.type('html').send(LANDING_PAGE));
  // Browsers ask for it on every surface; no icon is better than a logged 404.
  router.get('/favicon.ico', (_req, res) => res.status(204).end());
  return router;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}code{background:#f3f3f3;padding:.1rem .3rem}</style></head>` +
  `<body>${body}</body></html>`;

function notBuiltPage(app: WebApp): string {
  return page(
    `${app.title} — not built`,
    `<h1>${app.title}</h1><p>此应用尚未构建。This app is not built yet.</p>` +
      `<p>Build it with <code>npm run build -w ${app.workspace}</code> (or <code>npm run build</code> for every app), then reload.</p>`,
  );
}

const LANDING_PAGE = page(
  '大堂排队叫号系统 Lobby queue',
  `<h1>大堂排队叫号系统 · Lobby queue</h1><ul>
<li><a href="/kiosk/">取号机 Kiosk</a> (needs <code>?device=TOKEN</code> once)</li>
<li><a href="/display/">叫号屏 Hall display</a> (needs <code>?device=TOKEN</code> once)</li>
<li><a href="/counter">柜员窗口 Counter client</a></li>
<li><a href="/counter/rate">评价器 Evaluator</a> (needs <code>?device=TOKEN</code> once)</li>
<li><a href="/lobby">大堂经理 Lobby console</a></li>
<li><a href="/admin">管理与报表 Admin &amp; reports</a></li>
<li><a href="/api/openapi.json">Integrator API (OpenAPI)</a> · <a href="/healthz">Health</a></li>
</ul><p>The device tokens and demo logins are printed by the server at start.</p>`,
);
