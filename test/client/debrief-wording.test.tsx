// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DebriefSheets } from '../../client/features/debrief/DebriefSheets.tsx';
import { DebriefTranscripts } from '../../client/features/debrief/DebriefVoices.tsx';
import { facilitatorJa } from '../../client/i18n/facilitator-ja.ts';
import { ja } from '../../client/i18n/ja.ts';
import { createI18n, type Language } from '../../client/i18n/setup.ts';
import { tableDebriefOf } from '../../shared/debrief/table.ts';
import { gameWithSale } from '../shared/debrief/played-games.ts';

afterEach(cleanup);

const run = gameWithSale();
const debrief = tableDebriefOf(run.config, 0, run.log);

function inLanguage(language: Language, ui: React.ReactElement) {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

/** The debrief with Tokyo's team chat beside a conversation between two seats. */
const withTeamChat = {
  ...debrief,
  transcripts: [
    {
      id: 'tokyo',
      members: ['tokyo' as const],
      messages: [
        { id: 'm1', at: 1000, round: 1, from: 'tokyo' as const, text: 'Hold the line.', author: 'Ken' },
      ],
    },
    {
      id: 'tokyo+whiteHouse',
      members: ['tokyo' as const, 'whiteHouse' as const],
      messages: [{ id: 'm2', at: 2000, round: 1, from: 'tokyo' as const, text: 'Talk?' }],
    },
  ],
};

describe('the debrief’s wording', () => {
  it('heads a team chat as the team’s, not as a conversation "between" one seat', () => {
    inLanguage('en', <DebriefTranscripts debrief={withTeamChat} alone={false} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Tokyo’s team chat', 'Between Tokyo, White House']);
    cleanup();
    inLanguage('ja', <DebriefTranscripts debrief={withTeamChat} alone={false} />);
    const ja = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(ja[0]).toBe('東京のチームチャット');
  });

  it('marks a round with no sheet handed in in one pair of brackets', () => {
    const rounds = debrief.sheets.map((round, index) =>
      index === 0 ? { ...round, handedIn: round.handedIn.filter((role) => role !== 'tokyo') } : round,
    );
    inLanguage('en', <DebriefSheets rounds={rounds} />);
    const tokyo = screen.getByRole('table', { name: /^Tokyo/ });
    const header = tokyo.querySelector('tbody th')?.textContent ?? '';
    expect(header).toBe('1 (standing policy: no sheet handed in)');
    cleanup();
    inLanguage('ja', <DebriefSheets rounds={rounds} />);
    const header_ja =
      screen.getByRole('table', { name: /^東京/ }).querySelector('tbody th')?.textContent ?? '';
    expect(header_ja).toBe('1 （継続方針：シート未提出）');
  });

  it('calls the panic gauge by one name in Japanese, on the charts and in the class debrief', () => {
    const term = ja.charts.panic;
    expect(term).toBe('恐怖指数');
    expect(facilitatorJa.classDebrief.panicPeak).toContain(term);
    expect(facilitatorJa.classDebrief.comparisonCaption).toContain(term);
    expect(facilitatorJa.debrief.panicPeak).toContain(term);
  });
});
