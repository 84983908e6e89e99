// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_RIBBON_TEXT, markIfDemo } from './demo-mark.ts';

const answering = (body: unknown, status = 200) =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '大堂显示屏';
});

describe('the demo mark', () => {
  it('on the demo branch: a ribbon in both languages and a marked title, once', async () => {
    const fetch = answering({ ok: true, data: { demo: true } });
    expect(await markIfDemo(document, { fetch })).toBe(true);
    expect(await markIfDemo(document, { fetch })).toBe(true);
    const ribbons = document.querySelectorAll('[data-demo-ribbon]');
    expect(ribbons).toHaveLength(1);
    expect(ribbons[0]?.textContent).toBe(DEMO_RIBBON_TEXT);
    expect(DEMO_RIBBON_TEXT).toMatch(/演示.*DEMO/);
    expect(document.title).toBe('【演示 DEMO】大堂显示屏');
  });

  it('on a real branch, or when the server does not answer: nothing', async () => {
    expect(await markIfDemo(document, { fetch: answering({ ok: true, data: { demo: false } }) })).toBe(false);
    expect(await markIfDemo(document, { fetch: answering({ ok: false, code: 'INTERNAL' }, 500) })).toBeNull();
    const offline = (async () => Promise.reject(new TypeError('network'))) as typeof fetch;
    expect(await markIfDemo(document, { fetch: offline })).toBeNull();
    expect(document.querySelector('[data-demo-ribbon]')).toBeNull();
    expect(document.title).toBe('大堂显示屏');
  });
});
