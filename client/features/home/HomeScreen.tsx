import { useTranslation } from 'react-i18next';
import { useClassroomState } from '../../classroom/context.tsx';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ClassCreateForm } from '../classroom/ClassCreateForm.tsx';
import { ClassJoinForm } from '../classroom/ClassJoinForm.tsx';
import { HostForm } from './HostForm.tsx';
import { JoinForm } from './JoinForm.tsx';
import { SoloForm } from './SoloForm.tsx';
import './home.css';

type HomeForm = 'solo' | 'host' | 'join' | 'classJoin' | 'classCreate';

/** `returning`: the page comes back from a game or a console, so focus goes to the home heading (WCAG 2.4.3). */
export function HomeScreen({
  joinCode,
  classCode,
  returning = false,
}: {
  joinCode?: string;
  classCode?: string;
  returning?: boolean;
}) {
  const { t } = useTranslation();
  useDocumentTitle(null);
  const heading = useFocusOnChange<HTMLHeadingElement>(returning ? 'home' : null);
  // Waiting for a table in a class: the waiting card alone, with nothing inviting a student to wander off
  // into a game of their own while the facilitator forms the tables.
  const { membership } = useClassroomState();
  const waitingInClass = membership !== null && !membership.seat;
  // Keyed, so the class form is the same one when the rest gives way (its focus moves to the waiting card).
  const forms: readonly HomeForm[] = classCode
    ? ['classJoin', 'solo']
    : joinCode
      ? ['join', 'solo', 'host']
      : ['solo', 'host', 'join', 'classJoin', 'classCreate'];
  return (
    <div className="screen home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title" ref={heading}>
          {t('home.title')}
        </h1>
        <p className="hero-lead">{t('home.lead')}</p>
        <ul className="hero-roles">
          <li>{t('home.pitch.tariff')}</li>
          <li>{t('home.pitch.treasuries')}</li>
          <li>{t('home.pitch.market')}</li>
        </ul>
      </section>
      <div className="home-grid">
        {forms
          .filter((form) => !waitingInClass || form === 'classJoin')
          .map((form) => {
            switch (form) {
              case 'solo':
                return <SoloForm key={form} />;
              case 'host':
                return <HostForm key={form} />;
              // A link's code starts a form of its own: what was typed before does not stand in for it.
              case 'join':
                return <JoinForm key={`${form}:${joinCode ?? ''}`} initialCode={joinCode} />;
              case 'classJoin':
                return <ClassJoinForm key={`${form}:${classCode ?? ''}`} initialCode={classCode} />;
              case 'classCreate':
                return <ClassCreateForm key={form} />;
              default:
                return null;
            }
          })}
      </div>
    </div>
  );
}
