import { describe, expect, it } from 'vitest';
import { leaksIn } from './leaks.ts';

/** The leak checks in the other tests are only as good as the checker: it must catch each kind of leak. */
describe('the leak checker', () => {
  const at = 0;
  it('flags every kind of secret reaching the wrong seat', () => {
    const received = [
      {
        event: 'game:update',
        at,
        payload: { view: { you: { role: 'tokyo', brief: { confidentialObjectives: [] } } } },
      },
      {
        event: 'game:update',
        at,
        payload: { view: { channels: [{ id: 'tokyo+whiteHouse', members: ['tokyo', 'whiteHouse'] }] } },
      },
      {
        event: 'game:update',
        at,
        payload: { view: { proposals: [{ id: 'p1', signatories: ['tokyo', 'whiteHouse'] }] } },
      },
      { event: 'market:tick', at, payload: { holdings: { actualBn: 1000 } } },
      { event: 'game:snapshot', at, payload: { view: { market: { tokyoHoldingsBn: 1131, internals: {} } } } },
      { event: 'lobby:roster', at, payload: { note: 'secret-token-of-ben-0123456789abcdef' } },
      { event: 'game:update', at, payload: { view: { seats: { tokyo: { confidentialObjectives: [] } } } } },
    ];
    const found = leaksIn(received, 'investors', ['secret-token-of-ben-0123456789abcdef']);
    expect(found).toHaveLength(8);
    expect(found.join('\n')).toMatch(/another seat's view/);
    expect(found.join('\n')).toMatch(/channel tokyo\+whiteHouse/);
    expect(found.join('\n')).toMatch(/proposal p1/);
    expect(found.join('\n')).toMatch(/Tokyo's holdings/);
    expect(found.join('\n')).toMatch(/never sent/);
    expect(found.join('\n')).toMatch(/token/);
  });

  it('passes a seat its own secrets', () => {
    const received = [
      {
        event: 'game:update',
        at,
        payload: {
          view: { you: { role: 'tokyo', holdings: { actualBn: 1 }, brief: { confidentialObjectives: [] } } },
        },
      },
      {
        event: 'game:update',
        at,
        payload: { view: { channels: [{ id: 'tokyo+investors', members: ['tokyo', 'investors'] }] } },
      },
    ];
    expect(leaksIn(received, 'tokyo', ['x'.repeat(32)])).toEqual([]);
  });
});
