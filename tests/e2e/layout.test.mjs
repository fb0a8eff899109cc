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

// On a phone the section links are one line that scrolls sideways: the line fades out at the
// right edge while links lie beyond it. A link reached by Tab is never hidden: one that lay
// wholly beyond the edge is scrolled fully into view, clear of the fade (the list ends with
// room for it); Chromium leaves one already partly in view where it is.
test('at 390 px the section links that do not fit are signalled, and Tab brings each into view', async () => {
  const { page } = await app.open('', { viewport: { width: 390, height: 844 } });
  const nav = page.getByRole('navigation', { name: 'Sections de la page' });
  const links = nav.getByRole('link');
  const fade = () => nav.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return after.content === 'none' ? 0 : parseFloat(after.width);
  });
  const overflow = await nav.getByRole('list').evaluate((ul) => ul.scrollWidth - ul.clientWidth);
  assert.ok(overflow > 0, 'at 390 px the links are wider than the screen');
  const width = await fade();
  assert.ok(width >= 16, `a fade at the right edge (${width} px)`);
  const area = await nav.boundingBox();
  const clear = area.x + area.width - width;
  const count = await links.count();
  assert.ok(count >= 5);
  const hidden = [];
  for (let i = 0; i < count; i += 1) {
    const box = await links.nth(i).boundingBox();
    if (box.x >= clear) hidden.push(i);
  }
  assert.ok(hidden.length > 0, 'some links start beyond the fade');
  await links.first().focus();
  for (let i = 0; i < count; i += 1) {
    if (i > 0) await page.keyboard.press('Tab');
    const link = links.nth(i);
    assert.ok(await link.evaluate((el) => el === document.activeElement), `link ${i} has the focus`);
    const box = await link.boundingBox();
    const what = `« ${await link.textContent()} » at ${JSON.stringify(box)}`;
    if (hidden.includes(i)) assert.ok(box.x >= area.x && box.x + box.width <= clear, `${what}: in view, clear of the fade`);
    else assert.ok(box.x >= area.x && box.x < clear, `${what}: at least partly in view`);
  }
  // On a wide screen every link is in view: no fade.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await fade(), 0);
  await page.context().close();
});
