// The first screen of a desktop reader: without scrolling, the search box, the sentence that
// says what the figures cover, the key figures and the first projects are in view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects } from './harness.mjs';

const app = session();

for (const [lang, search, headline] of [
  ['fr', 'Rechercher un projet', /connus pour \d+ projets sur \d+/],
  ['en', 'Search projects', /known for \d+ projects out of \d+/],
]) {
  test(`at 1280×800 (${lang}) the search, the covered figures and the first project are on the first screen`, async () => {
    const { page } = await app.open(lang === 'en' ? '?lang=en' : '', { viewport: { width: 1280, height: 800 } });
    const inView = async (locator, what) => {
      const box = await locator.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `${what} ends at ${box && box.y + box.height}`);
    };
    await inView(page.getByRole('searchbox', { name: search }), 'search box');
    await inView(page.getByRole('region', { name: lang === 'fr' ? 'Chiffres clés' : 'Key figures' }).getByText(headline).first(), 'coverage sentence');
    const first = projectsTable(page).getByRole('row').nth(1);
    await inView(first, 'first project row');
    assert.match(await first.textContent(), new RegExp(projects()[0].name.slice(0, 12)));
    await page.context().close();
  });
}
