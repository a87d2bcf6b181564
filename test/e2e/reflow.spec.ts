import { expect, type Page } from '@playwright/test';
import { expectPhase, handIn, hostGame, skip, startSolo, test } from './helpers.ts';

/**
 * Reflow and focus not obscured (WCAG 1.4.10, 2.4.11): at 320 CSS px wide, and at 200% zoom, the page
 * never scrolls sideways, and every control reached by Tab is on top where it sits: the element at the
 * centre of a focused control is that control or inside it (no notice, header or panel over it).
 *
 * 200% zoom is emulated as a desktop window of 1280 × 900 device pixels at twice the pixel density: a
 * 640 × 450 CSS-pixel viewport with deviceScaleFactor 2, which is what a browser's 200% zoom gives a
 * page (its CSS viewport halves; media queries and layout see 640 px).
 */
const SIZES = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
] as const;

interface Problem {
  control: string;
  problem: string;
}

/** What is wrong with the page as it stands: sideways scrolling, and the focused control if it is covered. */
async function focusProblem(page: Page): Promise<{ control: string | null; problem: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return { control: null, problem: null };
    const element = active as HTMLElement;
    const name =
      element.getAttribute('aria-label') ??
      element.textContent?.trim().slice(0, 40) ??
      element.getAttribute('name') ??
      '';
    const control = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
    // A link that wraps onto two lines is two boxes: the centre of the box around both can be the gap
    // beside them, so each line's own box is tried (the control passes if one of them is on top).
    const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
    if (boxes.length === 0) return { control, problem: 'focused but not visible' };
    let hit: Element | null = null;
    for (const box of boxes) {
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      hit = document.elementFromPoint(x, y);
      if (hit && (hit === element || element.contains(hit))) return { control, problem: null };
      // A label's own text is part of its control (a checkbox inside its label).
      if (hit instanceof HTMLLabelElement && hit.control === element) return { control, problem: null };
    }
    if (!hit) return { control, problem: 'off screen' };
    const cover = hit as HTMLElement;
    return {
      control,
      problem: `covered by ${cover.tagName.toLowerCase()}${cover.className ? `.${String(cover.className).split(' ').join('.')}` : ''}`,
    };
  });
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Tabs from the top of the page through every control once, noting each covered one. */
async function tabThrough(page: Page, screen: string): Promise<{ problems: Problem[]; visited: number }> {
  // Start at the page's first focusable element (the skip link), then Tab on from there.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document
      .querySelector<HTMLElement>(
        'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex="0"]',
      )
      ?.focus();
  });
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let visited = 0;
  for (let step = 0; step < 400; step++) {
    if (step > 0) await page.keyboard.press('Tab');
    const { control, problem } = await focusProblem(page);
    if (control === null) break;
    // Back at a control seen before: the whole page has been walked once.
    const where = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const path: number[] = [];
      for (let node: Element | null = element; node?.parentElement; node = node.parentElement) {
        path.push([...node.parentElement.children].indexOf(node));
      }
      return path.join('.');
    });
    if (seen.has(where)) break;
    seen.add(where);
    visited++;
    if (problem) problems.push({ control: `${screen}: ${control}`, problem });
  }
  const overflow = await sidewaysScroll(page);
  if (overflow > 0) problems.push({ control: screen, problem: `page scrolls sideways by ${overflow} px` });
  return { problems, visited };
}

for (const size of SIZES) {
  test(`at ${size.name}: no sideways scrolling, and no focused control is covered, on every main screen`, async ({
    person,
  }) => {
    test.setTimeout(300_000);
    const page = await person({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
    const problems: Problem[] = [];
    const walk = async (screen: string, least: number) => {
      const { problems: found, visited } = await tabThrough(page, screen);
      expect(visited, `${screen}: controls reached by Tab`).toBeGreaterThanOrEqual(least);
      problems.push(...found);
    };

    await page.goto('/');
    await expect(page.getByRole('form', { name: 'Play solo' })).toBeVisible();
    // A refusal's notice is up while the join form is walked: it must not cover the fields (issue 12).
    const join = page.getByRole('form', { name: 'Join a game' });
    await join.getByLabel('Join code').fill('ZZZZZZ');
    await join.getByLabel('Your name').fill('Sam');
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await walk('home with a notice', 10);

    await hostGame(page, 'Aiko', 'tokyo');
    await walk('lobby', 4);

    await startSolo(page, /^Tokyo/, {
      rounds: 1,
      negotiateSeconds: 1800,
      decideSeconds: 600,
      newsSeconds: 600,
    });
    await walk('briefing', 3);
    await skip(page);
    await expectPhase(page, 'News');
    await walk('news', 5);
    await skip(page);
    await expectPhase(page, 'Negotiate');
    for (const toggle of await page.locator('details.chart-data > summary').all()) await toggle.click();
    await walk('negotiate, chart data open', 10);
    await skip(page);
    await expectPhase(page, 'Decide');
    await walk('decide', 10);
    await handIn(page);
    await expect(page.getByTestId('end-title')).toBeVisible({ timeout: 60_000 });
    await walk('end', 3);

    expect(problems).toEqual([]);
  });
}
