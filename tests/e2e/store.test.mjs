// The store as a reader meets it: an action that changes nothing draws nothing, turning a page
// leaves every panel but the table alone, a keystroke or a click on a filter reaches the table
// and the state of every button at once and the charts and filter counts just after, a filter
// switched off shows again the rows it hid, and a chart's data table is built when its
// disclosure is opened; a project's sheet shows its figures at once and its lower part just after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, projectsTable, projects, compact, plain } from './harness.mjs';

const app = session();
const open = (...args) => app.open(...args);

/** How many elements `locator` finds once it finds `expected` (or after two seconds). */
async function settledCount(locator, expected) {
  for (let tries = 0; tries < 100 && (await locator.count()) !== expected; tries++) {
    await locator.page().waitForTimeout(20);
  }
  return locator.count();
}

/** Counts the DOM mutations under each selector while `act` runs and the page settles. */
async function mutations(page, selectors, act) {
  await page.evaluate((sels) => {
    window.__mutations = Object.fromEntries(sels.map((s) => [s, 0]));
    window.__observers = sels.map((s) => {
      const observer = new MutationObserver((records) => { window.__mutations[s] += records.length; });
      observer.observe(document.querySelector(s), { subtree: true, childList: true, characterData: true, attributes: true });
      return observer;
    });
  }, selectors);
  await act();
  // Two frames and a pause: the charts take their rows a frame after the table.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  return page.evaluate(() => {
    window.__observers.forEach((o) => o.disconnect());
    return window.__mutations;
  });
}

test('Escape with no project open changes nothing on the page', async () => {
  const { page } = await open();
  await page.locator('h1').click();
  const seen = await mutations(page, ['#app'], () => page.keyboard.press('Escape'));
  assert.deepEqual(seen, { '#app': 0 });
});

test('sorting redraws the table only: facets, charts, coverage and figures are left alone', async () => {
  const { page } = await open();
  const panels = ['table.projects', '.filters', '#breakdown', '.treemap', '#coverage', '.key-figures'];
  const header = page.getByRole('columnheader', { name: /Montant FTAP/ });
  const seen = await mutations(page, panels, () => header.getByRole('button').click());
  assert.ok(seen['table.projects'] > 0, 'the table is sorted');
  for (const panel of panels.slice(1)) assert.equal(seen[panel], 0, `${panel} did not change`);
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
});

test('a keystroke shows its rows in the table at once, and in the charts and filter counts just after', async () => {
  const { page } = await open();
  const mentor = projects().find((p) => /mentor/i.test(p.name));
  await page.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('mentor');
  // The project was listed before the keystroke too: wait until it is the only one.
  await page.waitForFunction(() => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === 1);
  assert.deepEqual(await projectsTable(page).locator('tbody tr:not([hidden]) th a').allTextContents(), [mentor.name]);
  // The charts take the rows a frame later: the treemap holds that one project, named with
  // its ministry and amount.
  const treemap = page.getByRole('group', { name: 'Montants FTAP connus par ministère, puis par projet' });
  assert.equal(await settledCount(treemap.getByRole('button'), 1), 1);
  await treemap.getByRole('button', { name: `${mentor.name} (${mentor.ministry}) : ${compact(Number(mentor.ftap_eur))}` }).waitFor();
  const breakdown = page.getByRole('table', { name: /Répartition/ });
  await page.waitForFunction(() => document.querySelectorAll('table.breakdown-table tbody tr:not([hidden])').length === 1);
  assert.equal(await breakdown.locator('tbody tr:not([hidden])').count(), 1);
  assert.match(plain(await breakdown.locator('tbody tr:not([hidden])').innerText()), new RegExp(mentor.ministry));
  // The filters count the matches a frame later too: one ministry left, with one project.
  const ministries = page.getByRole('region', { name: 'Ministère' }).getByRole('button', { pressed: false });
  assert.equal(await settledCount(ministries, 1), 1);
  const [name, count] = plain(await ministries.innerText()).split(/\s+(?=\d+\b)/);
  assert.deepEqual([name.trim(), count.split(/\s/)[0]], [mentor.ministry, '1']);
});

test('a click on a filter answers in its own frame: every button for it pressed, the table filtered; counts and charts follow', async () => {
  const { page } = await open();
  const justice = projects().filter((p) => p.ministry === 'Ministère de la Justice');
  // Wait for the filters and charts, drawn a task after the start.
  await page.getByRole('region', { name: 'Ministère' }).getByRole('button', { name: /Ministère de la Justice/ }).waitFor();
  await page.getByRole('table', { name: /Répartition/ }).waitFor();
  // What the page shows once the click's own render is done (Yew renders in a microtask the
  // handler queues, before the two queued here), and again once the next frames are drawn.
  const seen = await page.evaluate(() => new Promise((resolve) => {
    const read = () => ({
      filter: document.querySelector('#facet-ministry').closest('section')
        .querySelector('button.facet-value[aria-pressed="true"]')?.textContent ?? null,
      group: document.querySelector('table.breakdown-table button[aria-pressed="true"]')?.textContent ?? null,
      rows: document.querySelectorAll('table.projects tbody tr:not([hidden])').length,
      groups: document.querySelectorAll('table.breakdown-table tbody tr:not([hidden])').length,
    });
    const button = [...document.querySelectorAll('button.facet-value')]
      .find((b) => /Ministère de la Justice/.test(b.textContent));
    button.click();
    queueMicrotask(() => queueMicrotask(() => {
      const now = read();
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve({ now, after: read() }), 100)));
    }));
  }));
  assert.match(seen.now.filter, /Ministère de la Justice/, 'the filter reads pressed at once');
  assert.equal(seen.now.group, 'Ministère de la Justice', 'its group in the breakdown reads pressed at once');
  assert.equal(seen.now.rows, justice.length, 'the table is filtered at once');
  assert.match(seen.after.filter, /Ministère de la Justice/);
  assert.equal(seen.after.group, 'Ministère de la Justice');
  assert.equal(seen.after.groups, 1, 'the breakdown then holds the one ministry');
  assert.equal(seen.after.rows, justice.length);
});

test('a filter switched on hides rows, switched off shows the same ones again, and hidden ones are out of reach', async () => {
  const { page } = await open();
  const all = projects();
  const justice = all.filter((p) => p.ministry === 'Ministère de la Justice');
  const table = projectsTable(page);
  const rows = table.getByRole('row');
  // Header row plus one per project: the data fits one page.
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tr').length === n, all.length + 1);
  assert.equal(await rows.count(), all.length + 1);
  // Each drawn row remembered, to find it again after the filter is switched off.
  await page.evaluate(() => { window.__rows = [...document.querySelectorAll('table.projects tbody tr')]; });
  const value = page.getByRole('region', { name: 'Ministère' }).getByRole('button', { name: /Ministère de la Justice/ });
  await value.click();
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, justice.length);
  // What a reader (or a screen reader) can reach: the Justice projects, and nothing hidden is
  // named, focusable or striped out of turn.
  assert.equal(await rows.count(), justice.length + 1);
  const names = await table.getByRole('rowheader').allInnerTexts();
  assert.deepEqual(names.map((n) => n.replace(/\s+\S+$/, '')).sort(), justice.map((p) => p.name).sort());
  assert.equal(await table.getByRole('link', { name: all.find((p) => p.ministry !== 'Ministère de la Justice').name }).count(), 0);
  const stripes = await page.evaluate(() => [...document.querySelectorAll('table.projects tbody tr:not([hidden])')]
    .map((tr) => getComputedStyle(tr).backgroundColor));
  for (let i = 2; i < stripes.length; i++) assert.equal(stripes[i], stripes[i - 2], `row ${i + 1} striped in turn`);
  assert.notEqual(stripes[0], stripes[1], 'rows alternate');
  await value.click();
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, all.length);
  assert.equal(await rows.count(), all.length + 1);
  const same = await page.evaluate(() => {
    const now = [...document.querySelectorAll('table.projects tbody tr')];
    return now.length === window.__rows.length && now.every((tr, i) => tr === window.__rows[i]);
  });
  assert.ok(same, 'every row shown again is the row drawn before, in its place');
});

test('a filter, a regrouping or a sort writes no cell of the table, and every link keeps the view', async () => {
  const { page } = await open();
  const all = projects();
  const table = projectsTable(page);
  await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr').length === n, all.length);
  /** What `act` changed inside the table's rows: nodes and texts, and attributes by name. */
  const changes = async (act) => {
    await page.evaluate(() => {
      const body = document.querySelector('table.projects tbody');
      window.__changes = { cells: 0, attributes: {} };
      window.__observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') window.__changes.attributes[r.attributeName] = (window.__changes.attributes[r.attributeName] ?? 0) + 1;
          // Rows moved within the body are not cells drawn.
          else if (r.target !== body) window.__changes.cells += 1;
        }
      });
      window.__observer.observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await act();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
    return page.evaluate(() => { window.__observer.disconnect(); return window.__changes; });
  };
  /** Each shown row's link, as a reader would follow it, against the address of the view. */
  const linksKeepTheView = async (shown) => {
    const address = new URL(page.url());
    for (const p of shown) {
      const href = await table.getByRole('link', { name: p.name, exact: true }).evaluate((a) => a.href);
      const link = new URL(href);
      assert.equal(link.pathname, `${address.pathname}projets/${p.id}/`, `${p.name}: its page`);
      assert.equal(link.search, address.search, `${p.name}: the rest of the view`);
    }
  };
  const justice = all.filter((p) => p.ministry === 'Ministère de la Justice');
  const value = page.getByRole('region', { name: 'Ministère' }).getByRole('button', { name: /Ministère de la Justice/ });
  const on = await changes(async () => {
    await value.click();
    await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, justice.length);
  });
  assert.equal(on.cells, 0, 'no cell drawn when rows are hidden');
  assert.deepEqual(Object.keys(on.attributes).sort(), ['hidden', 'href']);
  assert.match(page.url(), /ministry=/);
  await linksKeepTheView(justice);
  const off = await changes(async () => {
    await value.click();
    await page.waitForFunction((n) => document.querySelectorAll('table.projects tbody tr:not([hidden])').length === n, all.length);
  });
  assert.equal(off.cells, 0, 'no cell drawn when rows are shown again');
  await linksKeepTheView(all);
  const regrouped = await changes(() => page.getByLabel('Regrouper par').selectOption('round'));
  assert.deepEqual(regrouped, { cells: 0, attributes: { href: all.length } });
  assert.match(page.url(), /group=round|round/);
  await linksKeepTheView(all);
  const sorted = await changes(() => page.getByRole('columnheader', { name: /Montant FTAP/ }).getByRole('button').click());
  assert.equal(sorted.cells, 0, 'sorting moves rows, it draws none');
  await linksKeepTheView(all);
});

test('a chart’s data table is built when its disclosure opens, one row per mark', async () => {
  const { page } = await open();
  const figure = page.locator('figure.treemap');
  const disclosure = figure.locator('details.chart-data');
  assert.equal(await disclosure.locator('table').count(), 0, 'nothing built while closed');
  await disclosure.getByText('Données du graphique (tableau)').click();
  const table = disclosure.getByRole('table');
  await table.waitFor();
  const marks = await figure.getByRole('group').first().getByRole('button').count();
  const drawn = await page.locator('figure.treemap svg .mark').count();
  assert.ok(marks > 0);
  assert.equal(await table.locator('tbody tr').count(), drawn, 'a row for each mark, summed ones included');
  const known = projects().filter((p) => p.ftap_eur !== '' && Number(p.ftap_eur) > 0);
  assert.equal(drawn, known.length, 'every known amount is drawn (fewer than 200)');
});

test('a project opened from the table answers with its name and figures at once; sources and similar projects follow below, never another\'s', async () => {
  const { page } = await open();
  // What the sheet holds once a click's own render is done, and again once the next frames are
  // drawn: a table link opens the first sheet, a similar project's link the second.
  const seen = (selector) => page.evaluate((selector) => new Promise((resolve) => {
    const read = () => {
      const sheet = document.querySelector('.detail');
      return {
        title: sheet?.querySelector('h2')?.textContent ?? null,
        focused: document.activeElement?.id ?? null,
        fields: sheet?.querySelectorAll('dl.fields dt').length ?? 0,
        figureSources: sheet?.querySelectorAll('dl.fields .figure-source a').length ?? 0,
        sources: sheet?.querySelectorAll('ul.sources li').length ?? 0,
        similar: sheet ? [...sheet.querySelectorAll('ul.similar li a')].map((a) => a.textContent) : [],
      };
    };
    document.querySelector(selector).click();
    queueMicrotask(() => queueMicrotask(() => {
      const now = read();
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve({ now, after: read() }), 100)));
    }));
  }), selector);
  const first = await seen('table.projects tbody tr:not([hidden]) th a');
  const name = await projectsTable(page).locator('tbody tr:not([hidden]) th a').first().textContent();
  assert.equal(first.now.title, name.trim(), 'the sheet is drawn in the click\'s frame');
  assert.ok(first.now.fields >= 10, 'with its fields');
  assert.ok(first.now.figureSources >= 1, 'each known figure with its source');
  assert.equal(first.now.sources, 0, 'the list of its sources comes after');
  assert.deepEqual(first.now.similar, [], 'and so do its similar projects');
  // The focus moves in an effect, which Yew may run a task after the render on a slow machine.
  assert.equal(first.after.focused, 'detail-title', 'the sheet has the focus');
  assert.ok(first.after.sources >= 1, 'then its sources are listed');
  assert.equal(first.after.figureSources, first.now.figureSources);
  assert.ok(first.after.similar.length >= 1, 'and its similar projects');
  assert.ok(!first.after.similar.includes(name.trim()));
  // From the sheet, a similar project: its own sheet, without the first one's list in between.
  const second = await seen('.detail ul.similar li a');
  assert.equal(second.now.title, first.after.similar[0]);
  assert.deepEqual(second.now.similar, [], 'the list of the sheet before is not shown under the new one');
  assert.equal(second.now.sources, 0, 'nor its sources');
  assert.ok(second.after.similar.length >= 1);
  assert.ok(!second.after.similar.includes(second.now.title));
  assert.notDeepEqual(second.after.similar, first.after.similar);
});
