import type { DiscussionQuestion } from '../../../shared/debrief/questions.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';

/** The discussion questions drawn from what happened (shared/debrief/questions.ts): one table's or a class's. */
export function DebriefQuestions({ questions }: { questions: readonly DiscussionQuestion[] }) {
  const ft = useFacilitatorText();
  const headline = useHeadlineIn();
  return (
    <section className="card debrief-section" aria-labelledby="debrief-questions">
      <h2 id="debrief-questions">{ft('debrief.questions')}</h2>
      {questions.length === 0 ? (
        <p className="muted">{ft('debrief.noQuestions')}</p>
      ) : (
        <ol data-testid="debrief-questions">
          {questions.map(({ question }) => (
            <li key={`${question.key}:${JSON.stringify(question.params)}`}>
              <InLanguage value={headline(question)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
