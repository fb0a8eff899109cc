import { serve, launch, ready } from './harness.mjs';
const server = await serve('/tmp/ab/cur-dist');
const browser = await launch();
async function shot(name, width, height, url, act) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url + url);
  await ready(page);
  if (act) await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  const links = await page.locator('table.projects tbody tr:not([hidden]) th a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
  console.log(name, page.url().replace(server.url, ''), JSON.stringify(links));
  await page.close();
}
await shot('1280-fr-typed', 1280, 800, '', async (p) => { await p.getByRole('searchbox', { name: 'Rechercher un projet' }).pressSequentially('permis', { delay: 60 }); });
await shot('1280-en-justice', 1280, 800, '?lang=en', async (p) => { await p.getByRole('region', { name: 'Ministry' }).getByRole('button', { name: /Ministère de la Justice/ }).click(); await p.getByRole('columnheader', { name: /FTAP amount/ }).getByRole('button').click(); });
await shot('390-fr-home', 390, 844, '');
await shot('390-en-filtered', 390, 844, '?lang=en&q=agents', async (p) => { await p.evaluate(() => window.scrollTo(0, 0)); });
await browser.close(); await server.close();
