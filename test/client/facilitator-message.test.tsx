// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { PinnedNotices } from '../../client/app/PinnedNotices.tsx';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { createI18n } from '../../client/i18n/setup.ts';
import { AnnouncerProvider } from '../../client/ui/announce-context.tsx';
import { createAnnouncer } from '../../client/ui/announcer.ts';
import { createNotifier } from '../../client/ui/notifier.ts';
import { classroomClientOn, fakeSocket } from './helpers.tsx';

afterEach(cleanup);

function studentPage(language: 'en' | 'ja' = 'en') {
  const socket = fakeSocket();
  const classroom = classroomClientOn(socket);
  const announcer = createAnnouncer();
  const notifier = createNotifier();
  // The page's pinned region, as App renders it at a game's route.
  const show = () =>
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <AnnouncerProvider announcer={announcer}>
          <ClassroomClientProvider client={classroom}>
            <PinnedNotices notifier={notifier} gameId="game-1" />
          </ClassroomClientProvider>
        </AnnouncerProvider>
      </I18nextProvider>,
    );
  const send = (text: string, at: number) =>
    act(() => socket.fire('classroom:message', { classroomId: 'class-1', text, at }));
  const spoken = () => announcer.regions.get().polite.map((line) => line.text);
  return { show, send, spoken, notifier };
}

describe("the facilitator's message at a student's table", () => {
  it('shows a message sent to the table in the pinned notices, until the student closes it; a newer one shows again', () => {
    const { show, send } = studentPage();
    show();
    send('Two minutes left: agree or walk away.', Date.UTC(2026, 0, 5, 14, 32));
    const message = screen.getByTestId('facilitator-message');
    expect(message.textContent).toMatch(/^Message from your facilitator \(.+\): Two minutes left/);
    // Pinned with the notices (sticky at the window's top, base.css), not in the page's flow above the game.
    expect(message.closest('.pinned-notices')).toBe(screen.getByTestId('pinned-notices'));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('facilitator-message')).toBeNull();
    send('Sheets in now, please.', Date.UTC(2026, 0, 5, 14, 34));
    expect(screen.getByTestId('facilitator-message').textContent).toContain('Sheets in now, please.');
    expect(screen.getByTestId('facilitator-message').textContent).not.toContain('Two minutes');
  });

  it("is read out once through the page's announcer, not a live region of its own", () => {
    const { show, send, spoken } = studentPage();
    show();
    send('Two minutes left.', Date.UTC(2026, 0, 5, 14, 32));
    expect(spoken()).toHaveLength(1);
    expect(spoken()[0]).toMatch(/^Message from your facilitator \(.+\): Two minutes left\.$/);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    send('Sheets in now.', Date.UTC(2026, 0, 5, 14, 34));
    expect(spoken()).toHaveLength(2);
  });

  it('stays up beside a refusal, each dismissed on its own', () => {
    const { show, send, notifier } = studentPage();
    show();
    send('Two minutes left.', 1000);
    act(() => notifier.push({ kind: 'error', messageKey: 'errors.NOT_CAPTAIN' }));
    const region = screen.getByTestId('pinned-notices');
    expect(region.querySelector('[role="alert"]')).not.toBeNull();
    expect(region.textContent).toContain('Two minutes left.');
  });

  it('does not show a message the page held before this game opened', () => {
    const { show, send } = studentPage();
    send('For the last table.', 1000);
    show();
    expect(screen.queryByTestId('facilitator-message')).toBeNull();
    send('For this one.', 2000);
    expect(screen.getByTestId('facilitator-message').textContent).toContain('For this one.');
  });

  it('speaks Japanese', () => {
    const { show, send } = studentPage('ja');
    show();
    send('あと2分です。', 1000);
    expect(screen.getByTestId('facilitator-message').textContent).toContain(
      'ファシリテーターからのメッセージ',
    );
    expect(screen.getByRole('button', { name: '閉じる' })).toBeTruthy();
  });
});
