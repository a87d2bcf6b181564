// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { HostControls } from '../../client/features/host/HostControls.tsx';
import { NewsTicker } from '../../client/features/news/NewsTicker.tsx';
import { createI18n } from '../../client/i18n/setup.ts';
import { headlineIn, localTextIn, typedTextIn } from '../../client/i18n/text-language.ts';
import { InLanguage } from '../../client/ui/InLanguage.tsx';
import { DEFAULT_SHOCKS } from '../../shared/scenario/shocks.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

describe('the language a text is shown in', () => {
  it('is the page’s for a translated headline, English for one nobody has translated yet', () => {
    const i18n = createI18n('ja');
    expect(headlineIn(i18n, { key: 'news.roundStart', params: { round: 1, rounds: 6 } }).lang).toBe('ja');
    // Every headline has Japanese today; a key added to the model before its translation falls back.
    i18n.addResource('en', 'headline', 'news.addedLater', 'Something new happened');
    expect(headlineIn(i18n, { key: 'news.addedLater' })).toEqual({
      text: 'Something new happened',
      lang: 'en',
    });
    expect(headlineIn(createI18n('en'), { key: 'news.roundStart' }).lang).toBe('en');
  });

  it('is English for a scenario text with no Japanese, Japanese for one that has it', () => {
    // The default scenario has Japanese throughout (test/shared/scenario-japanese.test.ts); another may not.
    expect(localTextIn({ en: 'Hello' }, 'ja')).toEqual({ text: 'Hello', lang: 'en' });
    expect(localTextIn({ en: 'Hello', ja: 'こんにちは' }, 'ja')).toEqual({ text: 'こんにちは', lang: 'ja' });
    const title = DEFAULT_SHOCKS[0]!.title;
    expect(localTextIn(title, 'ja')).toEqual({ text: title.ja, lang: 'ja' });
    expect(localTextIn(title, 'en')).toEqual({ text: title.en, lang: 'en' });
  });

  it('is the shock title’s for a shock headline, in the reader’s language, and the typed words’ for a custom one', () => {
    const shock = DEFAULT_SHOCKS[0]!;
    // What the market model sends (shared/market/shocks.ts): the id and the English title.
    const headline = {
      key: 'news.shock',
      params: { shockId: shock.id, kind: shock.kind, title: shock.title.en },
    };
    expect(headlineIn(createI18n('ja'), headline)).toEqual({ text: shock.title.ja, lang: 'ja' });
    expect(headlineIn(createI18n('en'), headline)).toEqual({ text: shock.title.en, lang: 'en' });
    const custom = {
      key: 'news.shock',
      params: { shockId: 'custom-1', kind: 'data', title: 'Snap election called' },
    };
    expect(headlineIn(createI18n('ja'), custom)).toEqual({ text: 'Snap election called', lang: 'en' });
    const customJa = {
      key: 'news.shock',
      params: { shockId: 'custom-2', kind: 'data', title: '解散総選挙へ' },
    };
    expect(headlineIn(createI18n('en'), customJa)).toEqual({ text: '解散総選挙へ', lang: 'ja' });
  });

  it('follows the script of what a player typed', () => {
    expect(typedTextIn('関税は据え置き', 'en').lang).toBe('ja');
    expect(typedTextIn('No sale planned', 'ja').lang).toBe('en');
    expect(typedTextIn('100%!', 'ja').lang).toBe('ja');
  });
});

describe('InLanguage', () => {
  function show(language: 'en' | 'ja', value: { text: string; lang: 'en' | 'ja' }) {
    return render(
      <I18nextProvider i18n={createI18n(language)}>
        <p data-testid="line">
          <InLanguage value={value} />
        </p>
      </I18nextProvider>,
    );
  }

  it('marks English on a Japanese page and Japanese on an English page, nothing else', () => {
    show('ja', { text: 'A bot plays Tokyo.', lang: 'en' });
    expect(screen.getByTestId('line').querySelector('span[lang="en"]')?.textContent).toBe(
      'A bot plays Tokyo.',
    );
    cleanup();
    show('en', { text: '関税', lang: 'ja' });
    expect(screen.getByTestId('line').querySelector('span[lang="ja"]')?.textContent).toBe('関税');
    cleanup();
    show('en', { text: 'Tariffs', lang: 'en' });
    expect(screen.getByTestId('line').querySelector('[lang]')).toBeNull();
  });

  it('lists the shock titles in Japanese in the host’s list on a Japanese screen, unmarked', () => {
    const view = viewAt('negotiate', null);
    const { client } = seatedClient(view);
    renderWith(<HostControls />, client, 'ja');
    const options = [...document.querySelectorAll('option')];
    // A game of 3 rounds: the one shock the scenario fires by itself in round 3 says so, in Japanese too.
    expect(view.rounds).toBe(3);
    expect(options.map((option) => option.textContent)).toEqual(
      DEFAULT_SHOCKS.map((shock) =>
        shock.id === 'weak-jobs-report' ? `${shock.title.ja}（第3ラウンドに予定）` : shock.title.ja,
      ),
    );
    for (const option of options) expect(option.getAttribute('lang')).toBeNull();
  });

  it('shows a shock’s headline in the news in Japanese on a Japanese screen', () => {
    const shock = DEFAULT_SHOCKS.find((candidate) => candidate.id === 'dash-for-cash')!;
    const base = viewAt('negotiate');
    const headline = {
      key: 'news.shock',
      params: { shockId: shock.id, kind: shock.kind, title: shock.title.en },
    };
    const view = {
      ...base,
      news: [...base.news, { id: 'n90', at: base.news.at(-1)!.at + 1, round: 1, headline }],
    };
    const { client } = seatedClient(view);
    renderWith(<NewsTicker />, client, 'ja');
    const latest = within(screen.getByTestId('news-list')).getAllByRole('listitem')[0]!;
    expect(latest.textContent).toContain('現金確保へ売り殺到');
    expect(latest.textContent).not.toContain(shock.title.en);
    expect(latest.querySelector('[lang]')).toBeNull();
  });
});
