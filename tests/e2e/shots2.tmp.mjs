import { serve, launch, ready } from './harness.mjs';
const server = await serve('/tmp/ab/cur-dist');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url + 'projets/ftap2018-2-mentor/?lang=en');
await ready(page);
await page.getByRole('heading', { level: 2 }).first().waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/shots/1280-en-mentor.png' });
// Back to the list with Escape, then a compare of two projects.
await page.keyboard.press('Escape');
await page.waitForTimeout(300);
console.log(page.url().replace(server.url, ''));
await browser.close(); await server.close();
