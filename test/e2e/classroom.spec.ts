import { expect } from '@playwright/test';
import { axeFindings, SCREENS_DIR, switchLanguage, test } from './helpers.ts';

test('a facilitator runs a class: three students join with the code, are seated at one table with a bot, and the console starts, pauses and resumes it', async ({
  person,
}) => {
  // Four browsers on a busy machine.
  test.setTimeout(300_000);
  const facilitator = await person();
  await facilitator.goto('/');
  const create = facilitator.getByRole('form', { name: 'Run a class' });
  await create.getByLabel('Name of the session (optional)').fill('Econ 2B');
  await create.getByRole('button', { name: 'Create the session' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Econ 2B', level: 1 })).toBeVisible();
  const code = (await facilitator.getByTestId('class-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);

  const names = ['Aiko', 'Ben', 'Chloé'];
  const students = [];
  for (const name of names) {
    const page = await person();
    await page.goto(`/#/class/${code}`);
    const join = page.getByRole('form', { name: 'Join a class' });
    await expect(join.getByLabel('Class code')).toHaveValue(code);
    await join.getByLabel('Your name').fill(name);
    await join.getByRole('button', { name: 'Join the class' }).click();
    await expect(page.getByTestId('class-waiting')).toContainText(`You are in, ${name}`);
    students.push(page);
  }
  await expect(facilitator.getByText('3 people have joined; 3 waiting for a table.')).toBeVisible();
  // The waiting room and the console before the tables, axe-clean in both languages (issue 12).
  for (const page of [students[0]!, facilitator]) {
    expect(await axeFindings(page)).toEqual([]);
    await switchLanguage(page, 'ja');
    expect(await axeFindings(page)).toEqual([]);
    await switchLanguage(page, 'en');
  }

  // Three people at tables of four: one table, the fourth seat (US businesses) a bot.
  await facilitator.getByRole('button', { name: 'Form tables' }).click();
  const table = facilitator.getByTestId('table-1');
  await expect(table).toBeVisible();
  await expect(table).toContainText('Aiko');
  await expect(table.locator('li').nth(3)).toContainText('bot');
  // Every student's page opens their table by itself, at the seat the rule gave them.
  for (const page of students) {
    await expect(page).toHaveURL(/#\/game\//);
    await expect(page.getByRole('heading', { name: 'Lobby', level: 1 })).toBeVisible();
  }
  await expect(table).toContainText('online');

  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(table.getByTestId('table-phase')).toHaveText('Briefing');
  await expect(students[0]!.getByTestId('briefing-title')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(table.getByTestId('table-phase')).toContainText('paused');
  await expect(facilitator.getByTestId('console-outcome')).toHaveText('Done at 1 table.');
  await facilitator.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(table.getByTestId('table-phase')).toHaveText('Briefing');
  // The console with a live table, in both languages.
  expect(await axeFindings(facilitator)).toEqual([]);
  await switchLanguage(facilitator, 'ja');
  expect(await axeFindings(facilitator)).toEqual([]);
  await switchLanguage(facilitator, 'en');
  await facilitator.screenshot({ path: `${SCREENS_DIR}/classroom-console-1280.png` });
});
