// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { FacilitatorMessage } from '../../client/features/classroom/FacilitatorMessage.tsx';
import { createI18n } from '../../client/i18n/setup.ts';
import { classroomClientOn, fakeSocket } from './helpers.tsx';

afterEach(cleanup);

function studentPage(language: 'en' | 'ja' = 'en') {
  const socket = fakeSocket();
  const classroom = classroomClientOn(socket);
  const show = () =>
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <ClassroomClientProvider client={classroom}>
          <FacilitatorMessage />
        </ClassroomClientProvider>
      </I18nextProvider>,
    );
  const send = (text: string, at: number) =>
    act(() => socket.fire('classroom:message', { classroomId: 'class-1', text, at }));
  return { show, send };
}

describe("the facilitator's message at a student's table", () => {
  it('shows a message sent to the table, in a status region, until the student closes it; a newer one shows again', () => {
    const { show, send } = studentPage();
    show();
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    send('Two minutes left: agree or walk away.', Date.UTC(2026, 0, 5, 14, 32));
    expect(screen.getByTestId('facilitator-message').textContent).toContain(
      'Two minutes left: agree or walk away.',
    );
    expect(region.textContent).toMatch(/^Message from your facilitator \(.+\): Two minutes left/);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('facilitator-message')).toBeNull();
    send('Sheets in now, please.', Date.UTC(2026, 0, 5, 14, 34));
    expect(screen.getByTestId('facilitator-message').textContent).toContain('Sheets in now, please.');
    expect(screen.getByTestId('facilitator-message').textContent).not.toContain('Two minutes');
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
