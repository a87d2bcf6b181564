import { expect } from '@playwright/test';
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
