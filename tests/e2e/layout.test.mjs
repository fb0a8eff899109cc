// The first screen, on a desktop and on a phone: without scrolling, the search box, the
// sentence that says what the figures cover, the key figures and the first project are in view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects } from './harness.mjs';

const app = session();

for (const [width, height] of [[1280, 800], [390, 844]]) {
  for (const [lang, search, headline, figures] of [
    ['fr', 'Rechercher un projet', /connus pour \d+ projets sur \d+/, 'Chiffres clés'],
    ['en', 'Search projects', /known for \d+ projects out of \d+/, 'Key figures'],
  ]) {
    test(`at ${width}×${height} (${lang}) the search, the covered figures and the first project are on the first screen`, async () => {
      const { page } = await app.open(lang === 'en' ? '?lang=en' : '', { viewport: { width, height } });
      const inView = async (locator, what) => {
        const box = await locator.boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width,
          `${what} at ${JSON.stringify(box)}`);
      };
      await inView(page.getByRole('searchbox', { name: search }), 'search box');
      const keyFigures = page.getByRole('region', { name: figures });
      await inView(keyFigures.getByText(headline).first(), 'coverage sentence');
      // Every key figure, with what it covers.
      const cards = keyFigures.locator('.figure');
      assert.ok(await cards.count() >= 2);
      for (const card of await cards.all()) await inView(card, `key figure « ${await card.textContent()} »`);
      const first = projectsTable(page).getByRole('row').nth(1);
      assert.match(await first.textContent(), new RegExp(projects()[0].name.slice(0, 12)));
      if (width >= 1000) {
        await inView(first, 'first project row');
      } else {
        // A phone shows the table's first columns (it scrolls sideways): the project's name
        // and its FTAP amount.
        await inView(first.getByRole('link'), 'first project name');
        await inView(first.getByRole('cell').first().locator('.amount'), 'first project amount');
      }
      await page.context().close();
    });
  }
}
