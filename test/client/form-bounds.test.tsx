// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DealsPanel } from '../../client/features/deals/DealsPanel.tsx';
import { TERM_KINDS } from '../../client/features/deals/proposal-draft.ts';
import { HomeScreen } from '../../client/features/home/HomeScreen.tsx';
import { MoveSheetPanel } from '../../client/features/moves/MoveSheetPanel.tsx';
import { TermSchema } from '../../shared/protocol/deals.ts';
import { MoveSheetSchema } from '../../shared/protocol/moves.ts';
import { CreateGameSchema } from '../../shared/protocol/socket.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** What the schema itself says about one number, probed by parsing, not by reading its bounds. */
function probeBounds(accepts: (value: number) => boolean): { min: number; max: number } {
  const LIMIT = 5000;
  let min = -LIMIT;
  while (min < LIMIT && !accepts(min)) min += 1;
  let max = min;
  while (max < LIMIT && accepts(max + 1)) max += 1;
  return { min, max };
}

const boundsShown = (input: HTMLInputElement) => ({ min: Number(input.min), max: Number(input.max) });

describe('form bounds come from the schemas', () => {
  it('every amount on every role’s sheet offers exactly the range its schema accepts', () => {
    for (const role of ROLE_IDS) {
      const view = viewAt('decide', role);
      const { client } = seatedClient(view);
      const { container, unmount } = renderWith(<MoveSheetPanel view={view} />, client);
      const inputs = [...container.querySelectorAll<HTMLInputElement>('input[type="number"]')];
      expect(inputs.length).toBeGreaterThan(0);
      const standing = view.you!.standingMove;
      for (const input of inputs) {
        const path = input.name.split('.');
        const accepts = (value: number) => {
          const sheet = structuredClone(standing) as Record<string, unknown>;
          let at = sheet;
          for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
          at[path.at(-1)!] = value;
          const parsed = MoveSheetSchema.safeParse(sheet);
          return parsed.success || !parsed.error.issues.some((issue) => issue.path.join('.') === input.name);
        };
        expect({ field: input.name, ...boundsShown(input) }).toEqual({
          field: input.name,
          ...probeBounds(accepts),
        });
      }
      unmount();
    }
  });

  it('every term amount in the proposal builder offers exactly the range its schema accepts', () => {
    const view = viewAt('negotiate', 'tokyo');
    const { client } = seatedClient(view);
    const { container } = renderWith(<DealsPanel view={view} />, client);
    let checked = 0;
    for (const { kind, role } of TERM_KINDS) {
      fireEvent.click(container.querySelector<HTMLInputElement>(`input[name="term-${kind}"]`)!);
      const input = container.querySelector<HTMLInputElement>(`input[name="term-${kind}-amount"]`);
      if (!input) continue;
      checked += 1;
      const sample = TermSchema.options.find((option) => option.shape.kind.value === kind)!;
      const field = Object.keys(sample.shape).find(
        (key) => !['kind', 'role', 'includesAutos'].includes(key),
      )!;
      const accepts = (value: number) =>
        TermSchema.safeParse({
          kind,
          role,
          ...(kind === 'tariffCap' ? { includesAutos: false } : {}),
          [field]: value,
        }).success;
      expect({ kind, ...boundsShown(input) }).toEqual({ kind, ...probeBounds(accepts) });
    }
    expect(checked).toBe(6);
    expect(screen.getAllByRole('spinbutton').length).toBeGreaterThanOrEqual(6);
  });

  it('the game options offer exactly the ranges the create-game schema accepts', () => {
    const { client } = seatedClient();
    const { container } = renderWith(<HomeScreen />, client);
    const names = ['rounds', 'negotiateSeconds', 'decideSeconds', 'briefingSeconds', 'newsSeconds', 'seed'];
    const seen = new Set<string>();
    for (const input of container.querySelectorAll<HTMLInputElement>('input[type="number"]')) {
      if (!names.includes(input.name)) continue;
      seen.add(input.name);
      const accepts = (value: number) =>
        CreateGameSchema.safeParse({ mode: 'solo', [input.name]: value }).success;
      const shown = boundsShown(input);
      expect({ field: input.name, ...shown }).toEqual({
        field: input.name,
        min: accepts(shown.min - 1) ? Number.NaN : shown.min,
        max: accepts(shown.max + 1) || !accepts(shown.max) ? Number.NaN : shown.max,
      });
      expect(accepts(shown.min)).toBe(true);
    }
    expect([...seen].sort()).toEqual([...names].sort());
  });

  it('the idle-seat takeover offers the schema’s range and sends what was chosen, 0 meaning never', async () => {
    const { client, socket } = seatedClient();
    const { container } = renderWith(<HomeScreen />, client);
    const solo = screen.getByRole('form', { name: 'Play solo' });
    const input = solo.querySelector<HTMLInputElement>('input[name="idleTakeover.afterSeconds"]')!;
    const accepts = (value: number) =>
      CreateGameSchema.safeParse({ mode: 'solo', idleTakeover: { afterSeconds: value } }).success;
    expect(boundsShown(input)).toEqual(probeBounds(accepts));
    // The solo, host and class forms each offer it, with the same range.
    expect(container.querySelectorAll('input[name="idleTakeover.afterSeconds"]')).toHaveLength(3);
    expect(
      screen.getAllByText('0–3600 seconds; 0 = never; empty for 180. The seat is warned first.'),
    ).toHaveLength(3);

    // Untouched, the game keeps the default: nothing is sent.
    const start = () => fireEvent.click(within(solo).getByRole('button', { name: 'Start a solo game' }));
    start();
    await waitFor(() => expect(socket.sent('game:create')).toHaveLength(1));
    expect(socket.sent('game:create')[0]!.payload).not.toHaveProperty('idleTakeover');

    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.change(within(solo).getByLabelText('Level of that bot'), { target: { value: 'hard' } });
    socket.sent('game:create')[0]!.ack({ ok: false, error: { code: 'INTERNAL', message: 'try again' } });
    await waitFor(() => expect(within(solo).getByRole('button', { name: 'Start a solo game' })).toBeTruthy());
    start();
    await waitFor(() => expect(socket.sent('game:create')).toHaveLength(2));
    expect(socket.sent('game:create')[1]!.payload).toMatchObject({
      idleTakeover: { afterSeconds: 0, level: 'hard' },
    });

    // Beyond the schema's bound: refused beside the box, nothing sent.
    socket.sent('game:create')[1]!.ack({ ok: false, error: { code: 'INTERNAL', message: 'try again' } });
    await waitFor(() => expect(within(solo).getByRole('button', { name: 'Start a solo game' })).toBeTruthy());
    fireEvent.change(input, { target: { value: '3601' } });
    start();
    await waitFor(() => expect(within(solo).getByText('At most 3600.')).toBeTruthy());
    expect(socket.sent('game:create')).toHaveLength(2);
  });
});
