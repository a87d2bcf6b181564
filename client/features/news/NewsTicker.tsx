import { useTranslation } from 'react-i18next';
import type { NewsItem } from '../../../shared/game/state.ts';
import { useView } from '../../game/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import './news.css';

/** Headlines shown up front; the rest of the round's news is one click away. */
const SHOWN = 4;
const KEPT = 40;

function NewsLine({ item }: { item: NewsItem }) {
  const { t } = useTranslation();
  const headline = useHeadlineIn();
  const format = useFormat();
  return (
    <li>
      <span className="news-meta">
        {t('news.roundTag', { round: item.round })} ·{' '}
        <time dateTime={new Date(item.at).toISOString()}>{format.time(item.at)}</time>
      </span>
      <span className="news-text">
        <InLanguage value={headline(item.headline)} />
      </span>
    </li>
  );
}

/** The latest headlines, newest first. The page's announcer reads new ones (not this list: nothing is read twice). */
export function NewsTicker() {
  const { t } = useTranslation();
  const view = useView();
  const newestFirst = [...view.news].reverse().slice(0, KEPT);
  const latest = newestFirst.slice(0, SHOWN);
  const earlier = newestFirst.slice(SHOWN);
  return (
    <section className="news-ticker" aria-labelledby="news-title">
      <h2 id="news-title" className="compact-title">
        {t('news.title')}
      </h2>
      {latest.length === 0 ? (
        <p className="muted">{t('news.empty')}</p>
      ) : (
        <ol className="news-list" data-testid="news-list">
          {latest.map((item) => (
            <NewsLine key={item.id} item={item} />
          ))}
        </ol>
      )}
      {earlier.length > 0 ? (
        <details className="news-earlier">
          <summary>{t('news.earlier', { count: earlier.length })}</summary>
          <ol className="news-list stacked">
            {earlier.map((item) => (
              <NewsLine key={item.id} item={item} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
