// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MEMBERSHIP_KEY } from '../../client/classroom/classroom-client.ts';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { ClassJoinForm } from '../../client/features/classroom/ClassJoinForm.tsx';
import { HomeScreen } from '../../client/features/home/HomeScreen.tsx';
import type { JoinedClassroom } from '../../shared/protocol/classroom.ts';
import { classroomClientOn, fakeSocket, renderWith, seatedClient } from './helpers.tsx';

afterEach(cleanup);

const joined: JoinedClassroom = {
  classroomId: 'class-1',
  personId: 'student3',
  name: 'Aiko',
  token: 'T'.repeat(32),
  language: 'en',
  seat: null,
};

/** The class join form over a socket that lets the member join and answers a leave with `leaveAnswer`. */
function joinForm(leaveAnswer: unknown, language: 'en' | 'ja' = 'en') {
  window.localStorage.clear();
  const socket = fakeSocket();
  socket.answerWith((sent) =>
    sent.event === 'classroom:join'
      ? { ok: true, data: joined }
      : sent.event === 'classroom:leave'
        ? leaveAnswer
        : undefined,
  );
  const classroom = classroomClientOn(socket);
  renderWith(
    <ClassroomClientProvider client={classroom}>
      <ClassJoinForm initialCode="ABC23" />
    </ClassroomClientProvider>,
    seatedClient().client,
    language,
  );
  return { socket, classroom };
}

async function joinAs(name: string, fieldLabel: string, submit: string) {
  fireEvent.change(screen.getByLabelText(fieldLabel), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: submit }));
  await screen.findByTestId('class-waiting');
}

describe('leaving a class from the waiting page', () => {
  it('sends the member’s token, forgets the class and offers the form again, focus on its heading', async () => {
    const { socket } = joinForm({ ok: true, data: null });
    await joinAs('Aiko', 'Your name', 'Join the class');
    expect(window.localStorage.getItem(MEMBERSHIP_KEY)).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Leave the class' }));
    await screen.findByRole('button', { name: 'Join the class' });
    expect(socket.sent('classroom:leave').map((sent) => sent.payload)).toEqual([
      { classroomId: 'class-1', token: joined.token },
    ]);
    expect(screen.queryByTestId('class-waiting')).toBeNull();
    expect(window.localStorage.getItem(MEMBERSHIP_KEY)).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Join a class'));
  });

  it('stays waiting when the server cannot let them go (seated meanwhile), and says it in Japanese', async () => {
    const refused = { ok: false, error: { code: 'WRONG_PHASE', message: 'You are at a table now.' } };
    const { socket, classroom } = joinForm(refused, 'ja');
    await joinAs('Aiko', 'お名前', 'クラスに参加する');
    const leave = screen.getByRole('button', { name: 'クラスから退出する' });
    fireEvent.click(leave);
    expect(leave.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(leave.getAttribute('aria-busy')).toBeNull());
    expect(socket.sent('classroom:leave')).toHaveLength(1);
    expect(classroom.store.get().membership?.name).toBe('Aiko');
    expect(screen.getByTestId('class-waiting')).toBeTruthy();
    expect(window.localStorage.getItem(MEMBERSHIP_KEY)).not.toBeNull();
  });

  it('forgets a membership the server no longer knows (left from another page)', async () => {
    const { classroom } = joinForm({ ok: false, error: { code: 'UNAUTHORIZED', message: 'not a member' } });
    await joinAs('Aiko', 'Your name', 'Join the class');
    fireEvent.click(screen.getByRole('button', { name: 'Leave the class' }));
    await screen.findByRole('button', { name: 'Join the class' });
    expect(classroom.store.get().membership).toBeNull();
  });
});

describe('the home page while waiting in a class', () => {
  it('shows the waiting card alone: no solo game offered below it; after leaving, the forms come back', async () => {
    window.localStorage.clear();
    const socket = fakeSocket();
    socket.answerWith((sent) =>
      sent.event === 'classroom:join'
        ? { ok: true, data: joined }
        : sent.event === 'classroom:leave'
          ? { ok: true, data: null }
          : undefined,
    );
    const classroom = classroomClientOn(socket);
    renderWith(
      <ClassroomClientProvider client={classroom}>
        <HomeScreen classCode="ABC23" />
      </ClassroomClientProvider>,
      seatedClient().client,
    );
    expect(screen.getByRole('form', { name: 'Play solo' })).toBeTruthy();
    await joinAs('Aiko', 'Your name', 'Join the class');
    expect(screen.queryByRole('form', { name: 'Play solo' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start a solo game' })).toBeNull();
    // The class form is the same one, kept: focus went to its waiting card.
    await waitFor(() => expect(document.activeElement?.id).toBe('class-join-title'));
    fireEvent.click(screen.getByRole('button', { name: 'Leave the class' }));
    await screen.findByRole('button', { name: 'Join the class' });
    expect(screen.getByRole('form', { name: 'Play solo' })).toBeTruthy();
  });

  it("fills the join form with a link's code, not with what was typed before the link was opened", () => {
    window.localStorage.clear();
    const { rerenderWith } = renderWith(<HomeScreen />, seatedClient().client);
    const code = () =>
      within(screen.getByRole('form', { name: 'Join a game' })).getByLabelText(
        'Join code',
      ) as HTMLInputElement;
    // A wrong code typed first, then the right game's link (a QR code) opened in the same tab.
    fireEvent.change(code(), { target: { value: 'ZZZZZZ' } });
    rerenderWith(<HomeScreen joinCode="ANFDWJ" />);
    expect(code().value).toBe('ANFDWJ');
  });
});
