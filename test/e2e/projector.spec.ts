import { expect } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { MAX_TABLES } from '../../shared/protocol/classroom.ts';
import { axeFindings, SCREENS_DIR, switchLanguage, test } from './helpers.ts';

test('the projector link from the console shows the class on the big screen, read-only, with no names, axe-clean in English and Japanese', async ({
  person,
}) => {
  test.setTimeout(120_000);
  const facilitator = await person();
  await facilitator.goto('/');
  const create = facilitator.getByRole('form', { name: 'Run a class' });
  await create.getByLabel('Name of the session (optional)').fill('Econ 2B');
  // The solo plan seats one person a table: one student is a table, bots play the other roles.
  await create.getByLabel('Plan').selectOption('solo10');
  await create.getByRole('button', { name: 'Create the session' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Econ 2B', level: 1 })).toBeVisible();
  const code = (await facilitator.getByTestId('class-code').textContent())?.trim() ?? '';

  const student = await person();
  await student.goto(`/#/class/${code}`);
  const join = student.getByRole('form', { name: 'Join a class' });
  await join.getByLabel('Your name').fill('Aiko Tanaka');
  await join.getByRole('button', { name: 'Join the class' }).click();
  await expect(student.getByTestId('class-waiting')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Form tables' }).click();
  await expect(facilitator.getByTestId('table-1')).toContainText('Aiko Tanaka');
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(facilitator.getByTestId('table-1').getByTestId('table-phase')).toHaveText('Briefing');

  // The big screen is another browser: it has only the link, never the facilitator's token.
  const href = (await facilitator.getByTestId('projector-link').getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\/projector\/[A-Za-z0-9-]+\/[A-Za-z0-9_-]{43}$/);
  const projector = await person();
  await projector.goto(`/${href}`);
  await expect(projector.getByTestId('projector-code')).toHaveText(code);
  const tile = projector.getByTestId('projector-table-1');
  await expect(tile.getByTestId('projector-phase')).toHaveText('Briefing');
  await expect(tile.getByTestId('projector-clock')).toHaveText(/^\d+:\d\d$/);
  await expect(projector.getByRole('heading', { name: 'Class leaderboard' })).toBeVisible();
  await expect(projector.locator('body')).not.toContainText('Aiko');

  // The facilitator pauses: the big screen follows.
  await facilitator.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(tile.getByTestId('projector-clock')).toHaveText('Paused');
  expect(await axeFindings(projector)).toEqual([]);
  await projector.screenshot({ path: `${SCREENS_DIR}/projector-1280.png` });

  await projector.getByRole('button', { name: 'Show table 1 large' }).click();
  await expect(projector.getByTestId('projector-table-1')).toHaveClass(/large/);
  await switchLanguage(projector, 'ja');
  await expect(projector.getByRole('button', { name: '全テーブルに戻る' })).toBeVisible();
  expect(await axeFindings(projector)).toEqual([]);

  // A link with any other key opens nothing.
  const stranger = await person();
  await stranger.goto(`/${href.replace(/\/[^/]+$/, `/${'x'.repeat(43)}`)}`);
  await expect(stranger.getByRole('main').getByRole('alert')).toContainText(
    'This projector link is not valid',
  );
});

test('a whole class of 30 tables fits a 1920 × 1080 projector without scrolling, in type read from the back', async ({
  person,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const facilitator = await person();
  await facilitator.goto('/');
  const create = facilitator.getByRole('form', { name: 'Run a class' });
  // One student a table: 30 students make the largest class, MAX_TABLES tables.
  await create.getByLabel('Plan').selectOption('solo10');
  await create.getByRole('button', { name: 'Create the session' }).click();
  const code = (await facilitator.getByTestId('class-code').textContent())?.trim() ?? '';

  // The students join from sockets, not browsers: thirty pages would be most of the machine.
  const students: Socket[] = [];
  let ended = false;
  try {
    for (let index = 1; index <= MAX_TABLES; index += 1) {
      const socket = io(baseURL!, { transports: ['websocket'], forceNew: true, reconnection: false });
      students.push(socket);
      const joined = await socket
        .timeout(10_000)
        .emitWithAck('classroom:join', { code, name: `Student ${index}` });
      expect(joined.ok).toBe(true);
    }
    await facilitator.getByRole('button', { name: 'Form tables' }).click();
    await expect(facilitator.getByTestId(`table-${MAX_TABLES}`)).toBeVisible();
    await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
    const last = facilitator.getByTestId(`table-${MAX_TABLES}`).getByTestId('table-phase');
    await expect(last).toHaveText('Briefing');
    // On to the news, where the markets tick: every tile draws its line, as in play.
    await facilitator.getByRole('button', { name: 'Skip phase', exact: true }).click();
    await expect(last).toHaveText(/^News/);

    const href = (await facilitator.getByTestId('projector-link').getAttribute('href')) ?? '';
    const projector = await person({ viewport: { width: 1920, height: 1080 } });
    await projector.goto(`/${href}`);
    await expect(projector.getByRole('main').getByRole('img')).toHaveCount(MAX_TABLES, {
      timeout: 30_000,
    });
    await facilitator.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(facilitator.getByTestId('console-outcome')).toHaveText(`Done at ${MAX_TABLES} tables.`);
    await expect(
      projector.getByTestId(`projector-table-${MAX_TABLES}`).getByTestId('projector-clock'),
    ).toHaveText('Paused');
    const page = await projector.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(page).toEqual({ scrollHeight: 1080, scrollWidth: 1920 });
    for (let table = 1; table <= MAX_TABLES; table += 1) {
      const box = await projector.getByTestId(`projector-table-${table}`).boundingBox();
      expect(box, `table ${table}`).not.toBeNull();
      expect(box!.y + box!.height, `table ${table}'s bottom`).toBeLessThanOrEqual(1080);
    }
    // Read from the back of a room: the tiles' smallest type (the scale beside each line) at least 16 px,
    // their own at least 20.
    const sizes = await projector.getByTestId('projector-table-1').evaluate((tile) => ({
      tile: Number.parseFloat(getComputedStyle(tile).fontSize),
      scale: Number.parseFloat(
        getComputedStyle(tile.querySelector('[data-testid="projector-scale"]') ?? tile).fontSize,
      ),
    }));
    expect(sizes.tile).toBeGreaterThanOrEqual(20);
    expect(sizes.scale).toBeGreaterThanOrEqual(16);
    await projector.screenshot({ path: `${SCREENS_DIR}/projector-30-tables-1920.png` });
    await switchLanguage(projector, 'ja');
    expect(
      await projector.evaluate(() => document.documentElement.scrollHeight),
      'the same screen in Japanese',
    ).toBe(1080);
    expect(await axeFindings(projector)).toEqual([]);

    // At the end every score is published: the leaderboard at its longest, five tables under each role.
    await facilitator.getByRole('button', { name: 'End', exact: true }).click();
    ended = true;
    await expect(projector.getByTestId('leaderboard-usBusiness').getByRole('listitem')).toHaveCount(5);
    expect(
      await projector.evaluate(() => document.documentElement.scrollHeight),
      'the longest leaderboard',
    ).toBe(1080);
  } finally {
    // Thirty games left running would tick on beside the next specs.
    if (!ended) await facilitator.getByRole('button', { name: 'End', exact: true }).click();
    for (const socket of students) socket.disconnect();
  }
});
