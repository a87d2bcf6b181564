// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassroomClientProvider } from '../../client/classroom/context.tsx';
import { ClassCreateForm } from '../../client/features/classroom/ClassCreateForm.tsx';
import { createI18n } from '../../client/i18n/setup.ts';
import { CreateClassroomSchema } from '../../shared/protocol/classroom.ts';
import { classroomClientOn, fakeSocket } from './helpers.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

async function classForm(language: 'en' | 'ja' = 'en') {
  const socket = fakeSocket();
  const client = classroomClientOn(socket);
  socket.answerWith((sent) =>
    sent.event === 'classroom:create'
      ? {
          ok: true,
          data: {
            classroomId: 'class-1',
            code: 'K7M2Q',
            token: 't'.repeat(32),
            projectorKey: 'p'.repeat(32),
          },
        }
      : undefined,
  );
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ClassroomClientProvider client={client}>
        <ClassCreateForm />
      </ClassroomClientProvider>
    </I18nextProvider>,
  );
  return { socket, form: screen.getByRole('form', { name: 'Run a class' }) };
}

const field = (form: HTMLElement, name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('the class-creation form', () => {
  it("names what an empty Briefing time and News time stand for, as the other time boxes do: the plan's", async () => {
    const { form } = await classForm();
    fireEvent.change(within(form).getByLabelText('Plan'), { target: { value: 'workshop90' } });
    const hintOf = (name: string) => field(form, name).closest('.field')!.textContent;
    expect(hintOf('briefingSeconds')).toContain('seconds; empty for 300.');
    expect(hintOf('newsSeconds')).toContain('seconds; empty for 20.');
  });

  it("works out the plan's rounds, length and table size from the options as chosen, not the preset's alone", async () => {
    const { form } = await classForm();
    fireEvent.change(within(form).getByLabelText('Plan'), { target: { value: 'workshop90' } });
    expect(form.textContent).toContain(
      '6 rounds, about 85 minutes with the introduction and debrief, 8 per table.',
    );
    fireEvent.change(field(form, 'rounds'), { target: { value: '3' } });
    fireEvent.change(field(form, 'negotiateSeconds'), { target: { value: '150' } });
    fireEvent.change(field(form, 'tableSize'), { target: { value: '4' } });
    // 10 min introduction + (300 s briefing + 3 × (20 + 150 + 120) s) + 20 min debrief = 49.5 min.
    expect(form.textContent).toContain(
      '3 rounds, about 50 minutes with the introduction and debrief, 4 per table.',
    );
    // A box the schema would refuse (13 rounds) says nothing yet: the plan keeps the preset's value for it.
    fireEvent.change(field(form, 'rounds'), { target: { value: '13' } });
    expect(form.textContent).toContain('6 rounds, about');
  });

  it('sends only the preset when nothing else is changed', async () => {
    const { socket, form } = await classForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Create the session' }));
    await Promise.resolve();
    expect(socket.sent('classroom:create').map((sent) => sent.payload)).toEqual([
      { preset: 'class45', language: 'en', botLevel: 'easy', bindingDeals: false },
    ]);
  });

  it('sends what the facilitator chose: table size, level, temperaments, rounds, the idle takeover', async () => {
    const { socket, form } = await classForm();
    fireEvent.change(within(form).getByLabelText('Plan'), { target: { value: 'workshop90' } });
    // The empty box's hint names the chosen preset's own values, not the scenario's.
    expect(form.textContent).toContain('empty for the plan’s 8');
    expect(form.textContent).toContain('empty for 6.');
    fireEvent.change(field(form, 'tableSize'), { target: { value: '6' } });
    fireEvent.change(field(form, 'classBotLevel'), { target: { value: 'hard' } });
    fireEvent.click(within(form).getByLabelText('Dove'));
    fireEvent.click(within(form).getByLabelText('Opportunist'));
    fireEvent.change(field(form, 'rounds'), { target: { value: '5' } });
    fireEvent.change(field(form, 'idleTakeover.afterSeconds'), { target: { value: '90' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /Binding deals/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Create the session' }));
    await Promise.resolve();
    const [sent] = socket.sent('classroom:create');
    expect(sent?.payload).toEqual({
      preset: 'workshop90',
      language: 'en',
      botLevel: 'hard',
      tableSize: 6,
      botPersonalities: ['hawk', 'titForTat'],
      rounds: 5,
      bindingDeals: true,
      idleTakeover: { afterSeconds: 90, level: 'easy' },
    });
    expect(CreateClassroomSchema.safeParse(sent?.payload).success).toBe(true);
  });

  it('names a refused box and sends nothing', async () => {
    const { socket, form } = await classForm();
    fireEvent.change(field(form, 'tableSize'), { target: { value: '30' } });
    for (const name of ['Hawk', 'Dove', 'Tit-for-tat', 'Opportunist']) {
      fireEvent.click(within(form).getByLabelText(name));
    }
    fireEvent.click(within(form).getByRole('button', { name: 'Create the session' }));
    await Promise.resolve();
    expect(socket.sent('classroom:create')).toEqual([]);
    const errors = [...form.querySelectorAll('.field-error')].map((error) => error.textContent);
    expect(errors).toEqual(['At most 24.', 'Choose at least one.']);
    expect(field(form, 'tableSize').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getAllByRole('alert').at(-1)?.textContent).toBe(
      'Some fields need attention: see the messages next to them.',
    );
  });
});
