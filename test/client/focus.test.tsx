// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../client/app/App.tsx';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { DealsPanel } from '../../client/features/deals/DealsPanel.tsx';
import { HostControls } from '../../client/features/host/HostControls.tsx';
import { ActionButton } from '../../client/ui/ActionButton.tsx';
import { createAnnouncer } from '../../client/ui/announcer.ts';
import { type ScreenChange, useFocusOnChange } from '../../client/ui/focus.ts';
import { createNotifier } from '../../client/ui/notifier.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { Proposal } from '../../shared/game/state.ts';
import { classroomClientOn, fakeSocket, renderWith, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** What a screen reader would say is focused: its role and name, as the browser test reads them too. */
function focused(): string {
  const active = document.activeElement as HTMLElement | null;
  if (!active || active === document.body) return 'body';
  const name = active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '';
  return `${active.tagName.toLowerCase()}: ${name}`;
}

function Screen({ screenKey, change }: { screenKey: string; change: ScreenChange }) {
  const heading = useFocusOnChange<HTMLHeadingElement>(screenKey, change);
  return (
    <>
      <h1 ref={heading}>Screen {screenKey}</h1>
      <button type="button">Elsewhere</button>
      <label>
        Statement
        <textarea />
      </label>
    </>
  );
}

describe('the focus manager', () => {
  it('moves focus to the new screen’s heading, and leaves it where the person put it while the screen stays', () => {
    const { rerender } = render(<Screen screenKey="briefing" change="screen" />);
    expect(focused()).toBe('h1: Screen briefing');
    expect(screen.getByRole('heading').getAttribute('tabindex')).toBe('-1');
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    rerender(<Screen screenKey="briefing" change="screen" />);
    expect(focused()).toBe('button: Elsewhere');
    rerender(<Screen screenKey="1:news" change="screen" />);
    expect(focused()).toBe('h1: Screen 1:news');
  });

  it('on a phase change within a round, leaves a person typing in their field, and otherwise goes to the heading', () => {
    const { rerender } = render(<Screen screenKey="1:news" change="phase" />);
    screen.getByRole('textbox', { name: 'Statement' }).focus();
    rerender(<Screen screenKey="1:negotiate" change="phase" />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Statement' }));
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    rerender(<Screen screenKey="1:decide" change="phase" />);
    expect(focused()).toBe('h1: Screen 1:decide');
  });
});

function Busy({ onPress }: { onPress: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <ActionButton
      busy={busy}
      onClick={() => {
        onPress();
        setBusy(true);
      }}
    >
      Skip to next phase
    </ActionButton>
  );
}

describe('a busy button keeps focus', () => {
  it('is never disabled: it says it is busy, stays focused and ignores a second press', () => {
    let presses = 0;
    render(<Busy onPress={() => presses++} />);
    const button = screen.getByRole('button', { name: 'Skip to next phase' }) as HTMLButtonElement;
    button.focus();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(presses).toBe(1);
    expect(button.disabled).toBe(false);
    expect([button.getAttribute('aria-disabled'), button.getAttribute('aria-busy')]).toEqual([
      'true',
      'true',
    ]);
    expect(focused()).toBe('button: Skip to next phase');
  });
});

describe('host controls', () => {
  it('keep focus on a timer button while its command is out, and move between End and Cancel', async () => {
    const { client, socket } = seatedClient(viewAt('negotiate', null));
    renderWith(<HostControls />, client);
    const skip = screen.getByRole('button', { name: 'End negotiation' });
    skip.focus();
    fireEvent.click(skip);
    expect(skip.getAttribute('aria-busy')).toBe('true');
    expect(focused()).toBe('button: End negotiation');
    socket.sent('game:command')[0]?.ack({ ok: true, data: {} });
    await flush();
    expect(skip.getAttribute('aria-busy')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'End game' }));
    await flush();
    expect(focused()).toBe('button: Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(focused()).toBe('button: End game');
  });
});

function offer(
  id: string,
  proposer: 'whiteHouse' | 'usBusiness',
  signatories: Proposal['signatories'],
): Proposal {
  return {
    id,
    proposer,
    signatories,
    signedBy: [proposer],
    status: 'open',
    round: 1,
    at: id === 'P1' ? 1 : 2,
    durationRounds: 2,
    terms: [{ kind: 'noNetSales', role: 'tokyo' }],
  };
}

function dealsFor(proposals: Proposal[]): PlayerView {
  return { ...viewAt('negotiate'), proposals };
}

describe('proposals', () => {
  it('name each answer button after its proposal and sender', () => {
    const { client } = seatedClient(
      dealsFor([
        offer('P1', 'whiteHouse', ['whiteHouse', 'tokyo']),
        offer('P2', 'usBusiness', ['usBusiness', 'tokyo']),
      ]),
    );
    renderWith(<DealsPanel view={client.store.get().game!.view} />, client);
    const names = screen
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label'))
      .filter(Boolean);
    expect(names).toEqual([
      'Accept proposal P2 from US business',
      'Counter proposal P2 from US business',
      'Reject proposal P2 from US business',
      'Accept proposal P1 from White House',
      'Counter proposal P1 from White House',
      'Reject proposal P1 from White House',
    ]);
  });

  it('Counter moves focus into the builder it opens', async () => {
    const view = dealsFor([offer('P1', 'whiteHouse', ['whiteHouse', 'tokyo'])]);
    const { client } = seatedClient(view);
    renderWith(<DealsPanel view={view} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Counter proposal P1 from White House' }));
    await flush();
    expect(focused()).toBe('summary: Counter proposal P1');
    expect((document.activeElement!.parentElement as HTMLDetailsElement).open).toBe(true);
    // Focus moved there by script leaves a control in the Tab order (no tabindex -1 on it).
    expect(document.activeElement?.hasAttribute('tabindex')).toBe(false);
  });

  it('after Accept, focus goes to the proposal’s card, which still waits for another signatory', async () => {
    const threeWay = offer('P1', 'whiteHouse', ['whiteHouse', 'tokyo', 'usBusiness']);
    const view = dealsFor([threeWay]);
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { proposalId: 'P1', dealId: null } }));
    const rendered = renderWith(<DealsPanel view={view} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Accept proposal P1 from White House' }));
    // The server's update (Tokyo has signed) comes before its answer.
    rendered.rerenderWith(
      <DealsPanel view={dealsFor([{ ...threeWay, signedBy: ['whiteHouse', 'tokyo'] }])} />,
    );
    await flush();
    expect(focused()).toBe('li: Proposal P1 from White House');
  });

  it('after Reject, focus goes to the inbox heading (the card has gone to the history)', async () => {
    const view = dealsFor([offer('P1', 'whiteHouse', ['whiteHouse', 'tokyo'])]);
    const { client, socket } = seatedClient(view);
    socket.answerWith(() => ({ ok: true, data: { proposalId: 'P1' } }));
    const rendered = renderWith(<DealsPanel view={view} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Reject proposal P1 from White House' }));
    const rejected: Proposal = { ...offer('P1', 'whiteHouse', ['whiteHouse', 'tokyo']), status: 'rejected' };
    rendered.rerenderWith(<DealsPanel view={dealsFor([rejected])} />);
    await flush();
    expect(focused()).toBe('h3: Proposals');
  });
});

describe('coming home', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('moves focus to the home heading when the page leaves a game, and not when the page opens at home', async () => {
    window.location.hash = '';
    const { client } = seatedClient(viewAt('briefing'));
    // One class client for both renders, as the page keeps one for its life.
    const classroom = classroomClientOn(fakeSocket());
    const app = () => (
      <ClassroomClientProvider client={classroom}>
        <App notifier={createNotifier()} announcer={createAnnouncer()} />
      </ClassroomClientProvider>
    );
    const first = renderWith(app(), client);
    expect(focused()).toBe('body');
    first.unmount();

    window.location.hash = '#/game/game-1';
    renderWith(app(), client);
    await flush();
    (document.querySelector('a.brand') as HTMLElement).focus();
    await act(async () => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await flush();
    expect(focused()).toBe('h1: Leverage: the Treasury card');
  });
});
