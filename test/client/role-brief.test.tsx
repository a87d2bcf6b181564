// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingScreen } from '../../client/features/briefing/BriefingScreen.tsx';
import { BriefPanel } from '../../client/features/dashboard/BriefPanel.tsx';
import { DEFAULT_SCENARIO } from '../../shared/scenario/japan-2025.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

const tokyo = DEFAULT_SCENARIO.briefs.tokyo;

/** What a screen reader finds of the objectives: the list by its name, and its items. */
function objectivesRead(name: string): string[] {
  const list = screen.getByRole('list', { name });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('one brief, on the briefing screen and in the dashboard panel', () => {
  const screens = {
    briefing: () => <BriefingScreen />,
    dashboard: () => <BriefPanel you={{ brief: tokyo }} />,
  };

  for (const [where, ui] of Object.entries(screens)) {
    it(`names the objectives list and the brief's sections the same way on the ${where}`, () => {
      const view = viewAt(where === 'briefing' ? 'briefing' : 'negotiate');
      const { client } = seatedClient(view);
      const { unmount } = renderWith(ui(), client);
      expect(objectivesRead('Your objectives Confidential')).toEqual(
        tokyo.confidentialObjectives.map((objective) => objective.en),
      );
      const brief = screen.getByRole('region', { name: 'Your public brief' });
      expect(brief.textContent).toContain(tokyo.publicBrief.en);
      unmount();
      renderWith(ui(), client, 'ja');
      expect(objectivesRead('あなたの目標 機密')).toEqual(
        tokyo.confidentialObjectives.map((objective) => objective.ja),
      );
    });
  }

  it('reads in Japanese on a Japanese screen: the title, both briefs, the objectives and the other roles', () => {
    const { client } = seatedClient(viewAt('briefing'));
    renderWith(<BriefingScreen />, client, 'ja');
    expect(screen.getByTestId('briefing-title').textContent).toBe('東京（日本の財務省）');
    const brief = screen.getByRole('region', { name: '公開ブリーフ' });
    expect(brief.textContent).toContain('米国債を約1.13兆ドル保有');
    expect(brief.textContent).not.toContain(tokyo.publicBrief.en);
    expect(objectivesRead('あなたの目標 機密')[0]).toMatch(/^関税を引き下げてください。/);
    const whiteHouse = DEFAULT_SCENARIO.briefs.whiteHouse;
    const other = screen.getByText('ホワイトハウス', { selector: 'summary' }).closest('details')!;
    expect(other.textContent).toContain(whiteHouse.publicBrief.ja);
    expect(document.body.textContent).not.toMatch(/Washington has put|The administration sees/);
  });

  it('renders the very same objectives list in both places (one component, not two copies)', () => {
    const { client } = seatedClient(viewAt('briefing'));
    const listIn = (ui: ReactElement) => {
      const { unmount } = renderWith(ui, client);
      // Ids come from useId and differ per mount; everything else must be identical.
      const html = within(screen.getByTestId('objectives'))
        .getByRole('list')
        .outerHTML.replace(/_r_[0-9a-z]+_/g, 'ID');
      unmount();
      return html;
    };
    expect(listIn(<BriefingScreen />)).toBe(listIn(<BriefPanel you={{ brief: tokyo }} />));
  });
});

describe('the tariff in the brief', () => {
  it('says why the score table’s 24.4% is not the story’s 24%, beside both, in English and Japanese', () => {
    const { client } = seatedClient(viewAt('briefing'));
    const { unmount } = renderWith(<BriefingScreen />, client);
    expect(screen.getByTestId('tariff-note').textContent).toBe(
      'The headline tariff is 24%, and cars pay 25%. Weighted by trade, that is 24.4%: the effective tariff that scores and the market read.',
    );
    const relief = screen.getByRole('row', { name: /^Tariff relief/ });
    expect(within(relief).getAllByRole('cell')[1]?.textContent).toBe('24.4%');
    unmount();
    renderWith(<BriefingScreen />, client, 'ja');
    expect(screen.getByTestId('tariff-note').textContent).toBe(
      '一般の関税率は24%、自動車は25%です。貿易額で加重すると24.4%となり、これがスコアと市場が見る実効関税率です。',
    );
  });

  it('stays one click away on the dashboard', () => {
    const { client } = seatedClient(viewAt('negotiate'));
    renderWith(<BriefPanel you={{ brief: tokyo }} />, client);
    expect(screen.getByTestId('tariff-note').textContent).toContain('24.4%');
  });
});

describe('the briefing at a class session’s table', () => {
  it('says the facilitator, not the host, may skip ahead; a game of its own still says the host', () => {
    const { client } = seatedClient(viewAt('briefing'));
    client.store.set((state) => ({ ...state, seat: { ...state.seat!, isHost: false } }));
    const { unmount } = renderWith(<BriefingScreen />, client);
    expect(document.body.textContent).toContain('or the host skips ahead.');
    unmount();
    client.store.set((state) => ({ ...state, roster: { gameId: 'game-1', code: null, seats: [] } }));
    const again = renderWith(<BriefingScreen />, client);
    expect(document.body.textContent).toContain('or the facilitator skips ahead.');
    again.unmount();
    renderWith(<BriefingScreen />, client, 'ja');
    expect(document.body.textContent).toContain('ファシリテーターが先に進める');
  });
});
