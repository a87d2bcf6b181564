import { useTranslation } from 'react-i18next';
import type { OwnSeat } from '../../../shared/game/player-view.ts';
import type { Books } from '../../../shared/market/types.ts';
import { useFormat } from '../../i18n/format.ts';

/** The seat's private book: what only this role knows about its own position. */
export function BookSummary({ you }: { you: OwnSeat }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, string][] = [];
  switch (you.role) {
    case 'tokyo': {
      const book = you.book as Books['tokyo'];
      if (you.holdings) {
        rows.push([t('book.holdings'), format.money(you.holdings.actualBn)]);
        rows.push([t('book.marketValue'), format.money(you.holdings.marketValueBn)]);
      }
      // The live figure beside the live market value; the booked one (last resolution) only without it.
      const pnlBn = you.holdings?.portfolioPnlBn ?? book.portfolioPnlBn;
      rows.push([t('book.portfolioPnl'), format.signedMoney(pnlBn, 1)]);
      rows.push([t('book.netSales'), format.money(book.netSalesBn.reduce((sum, sale) => sum + sale, 0))]);
      break;
    }
    case 'whiteHouse': {
      const book = you.book as Books['whiteHouse'];
      rows.push([t('book.approval'), format.percent(book.approval, 1)]);
      rows.push([t('book.deficit'), format.money(book.deficitWithJapanBn, 1)]);
      break;
    }
    case 'investors': {
      const book = you.book as Books['investors'];
      rows.push([t('book.fundValue'), format.number(book.fundValue, 2)]);
      rows.push([t('book.benchmark'), format.number(book.benchmarkValue, 2)]);
      rows.push([t('book.lastReturn'), `${format.signed(book.lastReturnPct, 2)}%`]);
      // What the value-added score charges for: the risk taken away from the benchmark so far.
      rows.push([t('book.activeVariance'), format.number(book.activeVariance, 1)]);
      break;
    }
    case 'usBusiness': {
      const book = you.book as Books['usBusiness'];
      rows.push([t('book.profit'), format.signedMoney(book.profitBn, 1)]);
      rows.push([t('book.edge'), format.signedMoney(book.profitBn - book.peerProfitBn, 1)]);
      rows.push([t('book.borrowingCost'), format.percent(book.borrowingCostPct, 2)]);
      rows.push([t('book.sales'), format.number(book.salesIndex, 1)]);
      if (book.supplyChainReadyInRounds > 0) {
        rows.push([
          t('book.supplyChain'),
          t('book.supplyChainRounds', { count: book.supplyChainReadyInRounds }),
        ]);
      }
      break;
    }
  }
  return (
    <div className="book">
      <h3>{t('book.title')}</h3>
      <dl className="stat-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
