import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SESSION_EXPORT_COLUMNS } from '../../shared/debrief/session-export.ts';
import { axeFindings, SCREENS_DIR, switchLanguage, test } from './helpers.ts';

/**
 * The class, run the way a facilitator runs it: five students in browsers of their own (the rest
 * bots) join with the code, are seated at two tables (three first, two who came late), and the console
 * starts them, shocks one, pauses and resumes all, ends them; then the class debrief and its CSV. Every
 * step waits on what a screen shows, and no phase runs out: the facilitator drives every clock.
 */
test('a facilitator runs a class of five at two tables: join, form, start, shock one table, pause and resume all, end, class debrief and its CSV', async ({
  person,
}) => {
  // Seven browsers on a busy machine.
  test.setTimeout(420_000);
  const facilitator = await person();
  await facilitator.goto('/');
  const create = facilitator.getByRole('form', { name: 'Run a class' });
  await create.getByLabel('Name of the session (optional)').fill('Econ 2B');
  await create.getByRole('button', { name: 'Create the session' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Econ 2B', level: 1 })).toBeVisible();
  const code = (await facilitator.getByTestId('class-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);

  // The big screen shows how to join while the room comes in: the join link and its QR code.
  const href = (await facilitator.getByTestId('projector-link').getAttribute('href')) ?? '';
  // A projector's screen: 1920 × 1080.
  const projector = await person({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`/${href}`);
  await expect(projector.getByTestId('projector-join')).toContainText(`/#/class/${code}`);
  await expect(
    projector.getByRole('img', { name: `QR code to join the class with code ${code}` }),
  ).toBeVisible();

  async function join(name: string): Promise<Page> {
    const page = await person();
    await page.goto(`/#/class/${code}`);
    const form = page.getByRole('form', { name: 'Join a class' });
    await expect(form.getByLabel('Class code')).toHaveValue(code);
    await form.getByLabel('Your name').fill(name);
    await form.getByRole('button', { name: 'Join the class' }).click();
    await expect(page.getByTestId('class-waiting')).toContainText(`You are in, ${name}`);
    // Focus follows the form to the waiting card that takes its place.
    await expect(page.getByRole('heading', { name: 'Join a class' })).toBeFocused();
    return page;
  }
  /** Each student's page opens their table by itself; once seated it is not needed again. */
  async function seatedAndClosed(pages: Page[]): Promise<void> {
    for (const page of pages) {
      await expect(page).toHaveURL(/#\/game\//);
      await expect(page.getByRole('heading', { name: 'Lobby', level: 1 })).toBeVisible();
      // A class table shows no game code of its own: people join through the session.
      await expect(page.getByTestId('class-table-note')).toBeVisible();
      await expect(page.getByTestId('join-code')).toHaveCount(0);
      await page.close();
    }
  }

  const first = [];
  for (const name of ['Aiko', 'Ben', 'Chloé']) first.push(await join(name));
  await expect(facilitator.getByText('3 people have joined; 3 waiting for a table.')).toBeVisible();
  // The waiting room and the console before the tables, axe-clean in both languages (issue 12).
  for (const page of [first[0]!, facilitator]) {
    expect(await axeFindings(page)).toEqual([]);
    await switchLanguage(page, 'ja');
    expect(await axeFindings(page)).toEqual([]);
    await switchLanguage(page, 'en');
  }

  // Three people at tables of four: one table, the fourth seat (US businesses) a bot.
  await facilitator.getByRole('button', { name: 'Form tables' }).click();
  const table1 = facilitator.getByTestId('table-1');
  await expect(table1).toContainText('Aiko');
  await expect(table1.locator('li').nth(3)).toContainText('bot');
  await expect(table1).toContainText('online');
  await seatedAndClosed(first);

  // Two come late: a table of their own, bots in the two other seats.
  const late = [await join('Dan'), await join('Emi')];
  await expect(facilitator.getByText('5 people have joined; 2 waiting for a table.')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Form tables' }).click();
  const table2 = facilitator.getByTestId('table-2');
  await expect(table2).toContainText('Dan');
  await expect(table2).toContainText('Emi');
  // Emi's page stays open, to hear from the facilitator at her table.
  const emi = late[1]!;
  await seatedAndClosed(late.slice(0, 1));
  await expect(emi).toHaveURL(/#\/game\//);
  // The console lists everyone where they sit.
  await expect(facilitator.getByRole('region', { name: 'People' })).toContainText('Emi · Table 2');

  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  for (const table of [table1, table2]) await expect(table.getByTestId('table-phase')).toHaveText('Briefing');
  await expect(projector.getByTestId('projector-join')).toBeHidden();
  await expect(projector.getByTestId('projector-table-2').getByTestId('projector-phase')).toHaveText(
    'Briefing',
  );
  // The tables side by side, not one a row.
  const tops = await Promise.all(
    [1, 2].map(async (table) => (await projector.getByTestId(`projector-table-${table}`).boundingBox())?.y),
  );
  expect(tops[0]).toBeDefined();
  expect(tops[1]).toBe(tops[0]);
  await projector.screenshot({ path: `${SCREENS_DIR}/classroom-projector-1920.png` });
  await projector.close();

  // A shock for table 2 alone: tick it, inject, untick.
  await table2.getByRole('checkbox').check();
  await expect(facilitator.getByRole('heading', { name: 'Controls for the 1 table ticked' })).toBeVisible();
  await facilitator.locator('select[name="consoleShock"]').selectOption('sale-rumour');
  await facilitator.getByRole('button', { name: 'Inject shock' }).click();
  await expect(facilitator.getByTestId('console-outcome')).toHaveText('Done at 1 table.');
  await expect(table2).toContainText('shocks 1');
  await expect(table1).toContainText('shocks 0');
  // A message to the same table reaches the student at it, whatever screen her game is on, and however far
  // down it she has scrolled: it is pinned to the top of her window.
  await emi.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await emi.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await facilitator.locator('[name="consoleMessage"]').fill('Two minutes left: agree or walk away.');
  await facilitator.getByRole('button', { name: 'Send to tables' }).click();
  await expect(facilitator.getByTestId('console-outcome')).toHaveText('Done at 1 table.');
  await expect(emi.getByTestId('facilitator-message')).toContainText('Two minutes left: agree or walk away.');
  await expect(emi.getByTestId('facilitator-message')).toBeInViewport();
  await emi.close();
  await table2.getByRole('checkbox').uncheck();

  // Every table paused and resumed together.
  await facilitator.getByRole('button', { name: 'Pause', exact: true }).click();
  for (const table of [table1, table2])
    await expect(table.getByTestId('table-phase')).toContainText('paused');
  await expect(facilitator.getByTestId('console-outcome')).toHaveText('Done at 2 tables.');
  await facilitator.getByRole('button', { name: 'Resume', exact: true }).click();
  for (const table of [table1, table2]) await expect(table.getByTestId('table-phase')).toHaveText('Briefing');
  // The console with live tables, in both languages.
  expect(await axeFindings(facilitator)).toEqual([]);
  await switchLanguage(facilitator, 'ja');
  expect(await axeFindings(facilitator)).toEqual([]);
  await switchLanguage(facilitator, 'en');
  await facilitator.screenshot({ path: `${SCREENS_DIR}/classroom-console-1280.png`, fullPage: true });

  await facilitator.getByRole('button', { name: 'End', exact: true }).click();
  for (const table of [table1, table2])
    await expect(table.getByTestId('table-phase')).toHaveText('Game over');

  // The class debrief: both tables side by side, a link to each one's own debrief.
  await facilitator.getByTestId('class-debrief-link').click();
  await expect(facilitator.getByTestId('class-debrief-title')).toHaveText('Class debrief · Econ 2B');
  const comparison = facilitator.getByTestId('class-comparison');
  await expect(comparison.getByRole('rowheader')).toHaveText(['1', '2']);
  await expect(comparison.getByRole('link', { name: 'Table 2’s debrief' })).toHaveAttribute(
    'href',
    /^#\/debrief\/[A-Za-z0-9_-]+\/[A-Za-z0-9-]+$/,
  );
  expect(await axeFindings(facilitator)).toEqual([]);
  await switchLanguage(facilitator, 'ja');
  await expect(facilitator.getByTestId('class-debrief-title')).toHaveText('クラス全体のデブリーフ · Econ 2B');
  expect(await axeFindings(facilitator)).toEqual([]);
  await switchLanguage(facilitator, 'en');
  await facilitator.screenshot({ path: `${SCREENS_DIR}/classroom-debrief-1280.png`, fullPage: true });

  // The session's CSV as the browser saves it: a table column, then one game's columns.
  const [download] = await Promise.all([
    facilitator.waitForEvent('download'),
    facilitator.getByTestId('download-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^leverage-class-${code}-.+\\.csv$`));
  const lines = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  // UTF-8's byte-order mark first, so that Excel reads the file as UTF-8.
  expect(lines[0]).toBe(`\uFEFF${SESSION_EXPORT_COLUMNS.join(',')}`);
  const rows = lines.slice(1).map((line) => line.split(','));
  const eventsAt = (table: string, type: string) =>
    rows.filter((row) => row[0] === table && row[1] === 'event' && row[6] === type).length;
  for (const table of ['1', '2']) {
    for (const type of ['host:start', 'host:pause', 'host:resume', 'host:end'])
      expect(eventsAt(table, type), `${type} at table ${table}`).toBe(1);
  }
  // The shock reached table 2 alone.
  expect(eventsAt('2', 'host:inject')).toBe(1);
  expect(eventsAt('1', 'host:inject')).toBe(0);
  expect(rows.filter((row) => row[1] === 'shock').map((row) => [row[0], row[5]])).toEqual([
    ['2', 'sale-rumour'],
  ]);
  // Each table's market path and every role's final score, under its number.
  for (const table of ['1', '2']) {
    expect(rows.some((row) => row[0] === table && row[1] === 'market')).toBe(true);
    expect(
      rows.filter((row) => row[0] === table && row[1] === 'score' && row[7] === 'total').length,
    ).toBeGreaterThanOrEqual(4);
  }
});

/**
 * A latecomer at a table under way: the facilitator seats them from the console (the person picker
 * offers the one waiting), their page shows the seat's brief first, and their request for more time
 * reaches the table's card on the console, where one press grants it.
 */
test('a latecomer seated at a table under way reads the brief first; their request for time is granted from the console', async ({
  person,
}) => {
  test.setTimeout(240_000);
  const facilitator = await person();
  await facilitator.goto('/');
  const create = facilitator.getByRole('form', { name: 'Run a class' });
  await create.getByRole('button', { name: 'Create the session' }).click();
  await expect(facilitator.getByTestId('class-code')).toBeVisible();
  const code = (await facilitator.getByTestId('class-code').textContent())?.trim() ?? '';

  async function join(name: string): Promise<Page> {
    const page = await person();
    await page.goto(`/#/class/${code}`);
    const form = page.getByRole('form', { name: 'Join a class' });
    await form.getByLabel('Your name').fill(name);
    await form.getByRole('button', { name: 'Join the class' }).click();
    await expect(page.getByTestId('class-waiting')).toContainText(`You are in, ${name}`);
    return page;
  }
  const aiko = await join('Aiko');
  await facilitator.getByRole('button', { name: 'Form tables' }).click();
  await expect(aiko.getByRole('heading', { name: 'Lobby', level: 1 })).toBeVisible();
  const table = facilitator.getByTestId('table-1');
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(table.getByTestId('table-phase')).toHaveText('Briefing');
  await expect(table.getByTestId('table-clock')).toHaveText(/^\d+:\d\d left$/);
  await facilitator.getByRole('button', { name: 'Skip phase', exact: true }).click();
  await expect(table.getByTestId('table-phase')).toHaveText(/^News/);
  await facilitator.getByRole('button', { name: 'Skip phase', exact: true }).click();
  await expect(table.getByTestId('table-phase')).toHaveText(/^Negotiate/);

  // Ben comes late: the picker offers him, the rule seats him, and his page opens on his seat's brief.
  const ben = await join('Ben');
  await facilitator.getByRole('button', { name: 'Seat Ben' }).click();
  await expect(ben).toHaveURL(/#\/game\//);
  await expect(ben.getByText('You joined a game under way: this is your seat’s brief.')).toBeVisible();
  await ben.getByRole('button', { name: 'Go to the game' }).click();

  await ben.getByRole('button', { name: 'Ask for 60 s more' }).click();
  await expect(ben.getByText('You asked for 60 s more. Waiting for the facilitator.')).toBeVisible();
  await table.getByRole('button', { name: /^Give .+ 60 s more$/ }).click();
  await expect(ben.getByText('The facilitator gave you 60 s more.')).toBeVisible();
  await expect(table.getByTestId('time-requests')).toHaveCount(0);
});
