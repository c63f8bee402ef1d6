// Throwaway: the start page in Firefox ESR: pictures after start, no errors, a returning learner's progress.
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './scripts/static-server.ts';
const { server, url } = await startStaticServer({ root: 'dist', base: '/' });
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
const page = await browser.newPage();
const errors: string[] = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.setViewport({ width: 1024, height: 900 });
await page.goto(url + 'sv/');
await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready', { timeout: 60000 });
await page.waitForFunction(() => [...document.querySelectorAll('.module-tile > img.module-picture')].filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0).length >= 3, { timeout: 30000 });
const boxes = await page.$$eval('.module-tile > .module-picture', (els) => els.map((e) => `${e.tagName}:${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`));
console.log('firefox first visit', boxes.join(' '));
// A returning learner: a lesson step visited, then the start page again.
await page.goto(url + 'sv/lesson/what-is-email/1/');
await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready', { timeout: 60000 });
await page.goto(url + 'sv/');
await page.waitForFunction(() => document.documentElement.dataset.natvana === 'ready', { timeout: 60000 });
const cont = await page.waitForSelector('#continue-lesson-heading', { timeout: 30000 });
console.log('firefox returning:', await cont?.evaluate((e) => e.closest('section')?.textContent));
const tallies = await page.$$eval('.module-progress', (els) => els.map((e) => e.textContent).filter(Boolean));
console.log('tallies', tallies, 'errors', errors);
await browser.close(); server.close();
