// Throwaway: the start page in WebKit (WebKitWebDriver over plain W3C WebDriver HTTP).
import { spawn } from 'node:child_process';
import { startStaticServer } from './scripts/static-server.ts';
const { server, url } = await startStaticServer({ root: 'dist', base: '/' });
const xvfb = spawn('Xvfb', [':99', '-screen', '0', '1280x1024x24'], { stdio: 'ignore' });
const driver = spawn('WebKitWebDriver', ['--port=4445'], { stdio: 'ignore', env: { ...process.env, DISPLAY: ':99' } });
await new Promise((r) => setTimeout(r, 1500));
const wd = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`http://127.0.0.1:4445${path}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return (await res.json()) as { value: any };
};
const s = await wd('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } } } });
const id = s.value.sessionId;
const run = (script: string) => wd('POST', `/session/${id}/execute/async`, { script, args: [] }).then((r) => r.value);
const until = (cond: string) => run(`const done = arguments[arguments.length - 1]; const t0 = Date.now(); (function poll(){ try { if (${cond}) return done(true); } catch (e) {} if (Date.now() - t0 > 30000) return done('timeout'); setTimeout(poll, 100); })();`);
try {
  await wd('POST', `/session/${id}/url`, { url: url + 'sv/' });
  await run(`const done = arguments[arguments.length - 1]; window.__errors = []; window.addEventListener('error', (e) => window.__errors.push(String(e.message))); done(1);`);
  console.log('ready', await until(`document.documentElement.dataset.natvana === 'ready'`));
  console.log('pictures', await until(`[...document.querySelectorAll('.module-tile > img.module-picture')].filter((i) => i.complete && i.naturalWidth > 0).length >= 3`));
  console.log(await run(`arguments[arguments.length - 1]([...document.querySelectorAll('.module-tile > .module-picture')].map((e) => e.tagName + ':' + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height)).join(' ') + ' errors ' + JSON.stringify(window.__errors))`));
  await wd('POST', `/session/${id}/url`, { url: url + 'sv/lesson/what-is-email/1/' });
  await until(`document.documentElement.dataset.natvana === 'ready'`);
  await wd('POST', `/session/${id}/url`, { url: url + 'sv/' });
  console.log('continue', await until(`document.getElementById('continue-lesson-heading')`));
  console.log(await run(`arguments[arguments.length - 1](document.querySelector('.continue-lesson')?.textContent)`));
} finally {
  await wd('DELETE', `/session/${id}`);
  driver.kill(); xvfb.kill(); server.close();
}
