import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ClassCreateForm } from '../classroom/ClassCreateForm.tsx';
import { ClassJoinForm } from '../classroom/ClassJoinForm.tsx';
import { HostForm } from './HostForm.tsx';
import { JoinForm } from './JoinForm.tsx';
import { SoloForm } from './SoloForm.tsx';
import './home.css';

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
        {classCode ? (
          <>
            <ClassJoinForm initialCode={classCode} />
            <SoloForm />
          </>
        ) : joinCode ? (
          <>
            <JoinForm initialCode={joinCode} />
            <SoloForm />
            <HostForm />
          </>
        ) : (
          <>
            <SoloForm />
            <HostForm />
            <JoinForm />
            <ClassJoinForm />
            <ClassCreateForm />
          </>
        )}
      </div>
    </div>
  );
}
