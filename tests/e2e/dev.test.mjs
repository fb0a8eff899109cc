// The development build (`trunk serve`, `make dev-dist`): no post-build step, so no boot
// script, guard or prerendered page. The app must still show and run its controls.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, projectsTable, ROOT } from './harness.mjs';

const DEV = join(ROOT, 'target/dev-dist');
let server;
let browser;
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the development build shows the search and answers it', async () => {
  assert.ok(existsSync(join(DEV, 'index.html')), `${DEV} is missing: run make dev-dist`);
  server = await serve(DEV);
  browser = await launch();
  const { page, errors } = await openPage(browser);
  await page.goto(server.url);
  await projectsTable(page).waitFor({ timeout: 60_000 });
  const search = page.getByRole('searchbox', { name: 'Rechercher un projet' });
  assert.ok(await search.isVisible(), 'the search box is shown');
  await search.fill('fourriere');
  await page.getByRole('status').filter({ hasText: /^1 projet sur/ }).waitFor();
  assert.equal(await projectsTable(page).locator('tbody tr:not([hidden])').count(), 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the development build opens a served file in its worker', async () => {
  server ??= await serve(DEV);
  browser ??= await launch();
  const { page, errors } = await openPage(browser);
  await page.goto(`${server.url}?data=examples/subventions-synthetiques.csv`);
  await page.getByRole('button', { name: 'Charger le fichier' }).click({ timeout: 60_000 });
  await page.getByRole('table', { name: /^Lignes du fichier/ }).waitFor({ timeout: 60_000 });
  assert.match(await page.locator('.own-figures').innerText(), /Lignes : 38 sur 38/);
  assert.deepEqual(errors, []);
  await page.context().close();
});
