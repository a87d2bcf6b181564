// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../client/app/routes.ts';
import { marketEvents, snapToLine, toChangeLine, toLine } from '../../client/features/charts/chart-data.ts';
import { conversationsOf, unreadCount } from '../../client/features/chat/conversations.ts';
import { checkProposal, EMPTY_PROPOSAL } from '../../client/features/deals/proposal-draft.ts';
import { optionsPayload } from '../../client/features/home/options-draft.ts';
import { checkDraft, fromDraft, readStoredDraft, toDraft } from '../../client/features/moves/move-draft.ts';
import { newCommandId } from '../../client/net/command-id.ts';
import type { MarketPoint } from '../../shared/market/types.ts';
import { CreateGameSchema } from '../../shared/protocol/socket.ts';
import { viewAt } from './helpers.tsx';

const point = (at: number, value: number): MarketPoint => ({
  at,
  round: 1,
  yield10y: value,
  mortgageRate: value,
  usdJpy: value,
  usEquity: value,
  japanEquity: value,
  panic: value,
});

describe('routes', () => {
  it('reads games and join codes from the hash, and ignores anything else', () => {
    expect(parseRoute('#/game/abc-123')).toEqual({ name: 'game', gameId: 'abc-123' });
    expect(parseRoute('#/join/k7m2qx')).toEqual({ name: 'home', joinCode: 'K7M2QX' });
    expect(parseRoute('#/game/<script>')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
  });
});

describe('chart data', () => {
  it('keeps the last value in each second, in rising time order', () => {
    const line = toLine([point(2_500, 3), point(1_000, 1), point(1_900, 2)], (p) => p.yield10y);
    expect(line).toEqual([
      { time: 1, value: 2 },
      { time: 2, value: 3 },
    ]);
  });

  it('expresses stocks as percent change from the first point', () => {
    const line = toChangeLine([point(0, 100), point(1000, 110)], 'usEquity');
    expect(line.map((p) => Math.round(p.value * 10) / 10)).toEqual([0, 10]);
  });

  it('places events on the last point at or before them', () => {
    const line = [
      { time: 10, value: 1 },
      { time: 20, value: 1 },
      { time: 30, value: 1 },
    ];
    const placed = snapToLine([{ at: 25_400 }, { at: 5_000 }, { at: 99_000 }], line);
    expect(placed.map((event) => event.time)).toEqual([20, 10, 30]);
    expect(snapToLine([{ at: 1 }], [])).toEqual([]);
  });

  it('lists statements, deals, shocks and resolutions as events', () => {
    const view = viewAt('negotiate');
    const events = marketEvents({
      ...view,
      statements: [{ id: 's1', at: 5, round: 1, from: 'tokyo', text: 'hi', signal: 'hint' }],
      shocksFired: [{ round: 1, shockId: 'sale-rumour', at: 3 }],
    });
    expect(events.map((event) => event.kind)).toEqual(['shock', 'statement']);
  });
});

describe('move drafts', () => {
  const standing = viewAt('decide').you!.standingMove;

  it('round-trips a sheet through the form', () => {
    const check = checkDraft(toDraft(standing));
    expect(check).toEqual({ ok: true, move: standing });
  });

  it('names the field and bound of an amount out of range', () => {
    const draft = { ...toDraft(standing), treasuryAmountBn: '151' } as ReturnType<typeof toDraft>;
    const check = checkDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues[0]?.path).toEqual(['treasuryAmountBn']);
    expect(check.issues[0]?.code).toBe('too_big');
  });

  it('turns an empty box into a refusal, not a zero', () => {
    const draft = { ...toDraft(standing), retaliatoryTariffPct: '' } as ReturnType<typeof toDraft>;
    expect((fromDraft(draft) as { retaliatoryTariffPct: number }).retaliatoryTariffPct).toBeNaN();
  });

  it('reads back a stored draft only for the same round and role', () => {
    const base = toDraft(standing);
    const stored = JSON.stringify({ round: 2, draft: { ...base, farmPurchasesBn: '9', extra: 'x' } });
    expect(readStoredDraft(stored, 'tokyo', 2, base)).toEqual({ ...base, farmPurchasesBn: '9' });
    expect(readStoredDraft(stored, 'tokyo', 3, base)).toBeNull();
    expect(readStoredDraft(stored, 'whiteHouse', 2, base)).toBeNull();
    expect(readStoredDraft('{not json', 'tokyo', 2, base)).toBeNull();
  });
});

describe('proposals', () => {
  it('needs a term, valid amounts and two parties', () => {
    expect(checkProposal(EMPTY_PROPOSAL, 'tokyo')).toMatchObject({ ok: false, problem: 'noTerms' });
    const ownOnly = { ...EMPTY_PROPOSAL, included: { ...EMPTY_PROPOSAL.included, noNetSales: true } };
    expect(checkProposal(ownOnly, 'tokyo')).toMatchObject({ ok: false, problem: 'oneParty' });
    const tooHigh = {
      ...EMPTY_PROPOSAL,
      tariffMaxPct: '60',
      included: { ...EMPTY_PROPOSAL.included, tariffCap: true },
    };
    const refused = checkProposal(tooHigh, 'tokyo');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]?.key).toBe('tariffCap.maxPct');
    const deal = { ...tooHigh, tariffMaxPct: '15', included: { ...tooHigh.included, noNetSales: true } };
    const accepted = checkProposal(deal, 'tokyo');
    expect(accepted).toMatchObject({ ok: true, signatories: ['tokyo', 'whiteHouse'] });
  });
});

describe('chat', () => {
  it('lists the public channel, this seat’s channels and freshly opened ones, with unread counts', () => {
    const view = viewAt('negotiate');
    const withChannel = {
      ...view,
      channels: [
        {
          id: 'tokyo+whiteHouse',
          members: ['tokyo', 'whiteHouse'] as ('tokyo' | 'whiteHouse')[],
          messages: [
            { id: 'm1', at: 1, round: 1, from: 'whiteHouse' as const, text: 'hello' },
            { id: 'm2', at: 2, round: 1, from: 'tokyo' as const, text: 'hi' },
            { id: 'm3', at: 3, round: 1, from: 'whiteHouse' as const, text: 'deal?' },
          ],
        },
      ],
    };
    const list = conversationsOf(withChannel, 'tokyo', ['tokyo+investors']);
    expect(list.map((conversation) => conversation.key)).toEqual([
      'public',
      'tokyo+whiteHouse',
      'tokyo+investors',
    ]);
    expect(list[1]?.others).toEqual(['whiteHouse']);
    expect(unreadCount(list[1]!, 'tokyo', 0)).toBe(2);
    expect(unreadCount(list[1]!, 'tokyo', 2)).toBe(1);
  });
});

describe('small helpers', () => {
  it('makes command ids the protocol accepts, never the same twice', () => {
    const ids = new Set(Array.from({ length: 200 }, newCommandId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('sends only the options that were filled in, as numbers for the schema to judge', () => {
    const payload = optionsPayload({
      rounds: '2',
      negotiateSeconds: '',
      decideSeconds: ' 15 ',
      newsSeconds: '',
      briefingSeconds: '',
      seed: '',
      bindingDeals: true,
      idleAfterSeconds: '',
      idleLevel: 'easy',
    });
    expect(payload).toEqual({ rounds: 2, decideSeconds: 15, bindingDeals: true });
    expect(CreateGameSchema.safeParse({ mode: 'solo', role: 'tokyo', ...payload }).success).toBe(true);
    expect(CreateGameSchema.safeParse({ mode: 'solo', role: 'tokyo', rounds: 99 }).success).toBe(false);
  });
});
