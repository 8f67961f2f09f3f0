// Browser tests of the language switch: Dutch by default, English by a button that is
// remembered and carried in the link (lang=en), numbers in the language's form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finish, open, setUp, shown } from './harness.mjs';

const env = setUp();

test('the switch turns the page English, is remembered and travels in the link', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page, context } = opened;
  assert.equal(await shown(page, 'savings_per_year'), '€ 2.085.000');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await shown(page, 'savings_per_year'), '€2,085,000');
  assert.equal(await shown(page, 'exit_share'), '24.4%');
  assert.match(await page.title(), /Outflow calculator/);
  await page.waitForFunction(() => location.search.endsWith('&lang=en'));
  const link = page.url();

  // Typing works the same in English; the form reads English numbers.
  await page.fill('#input-cost', '16,000');
  await page.waitForFunction(() => document.querySelector('[data-metric="savings_per_year"]').dataset.value.startsWith('2224'));
  assert.equal(await shown(page, 'savings_per_year'), '€2,224,000');

  // Remembered in this browser, without the link.
  await page.goto(`${env.server.url}/`);
  await page.waitForSelector('[data-metric="savings_per_year"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await shown(page, 'savings_per_year'), '€2,224,000');

  // The link opens in English in a browser that has never seen the page, without making
  // English that browser's language: only the switch does that.
  const fresh = await open(env.browser, env.server.url, link.slice(env.server.url.length + 1));
  assert.equal(await fresh.page.getAttribute('html', 'lang'), 'en');
  assert.equal(await shown(fresh.page, 'savings_per_year'), '€2,085,000');
  await fresh.page.goto(`${env.server.url}/`);
  await fresh.page.waitForSelector('[data-metric="savings_per_year"]');
  assert.equal(await fresh.page.getAttribute('html', 'lang'), 'nl');
  await finish(fresh);

  // And back.
  await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.equal(await shown(page, 'savings_per_year'), '€ 2.224.000');
  await page.waitForFunction(() => !location.search.includes('lang='));
  assert.ok(context);
  await finish(opened);
});
