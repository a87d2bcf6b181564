import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ClassCreateForm } from '../classroom/ClassCreateForm.tsx';
import { ClassJoinForm } from '../classroom/ClassJoinForm.tsx';
import { HostForm } from './HostForm.tsx';
import { JoinForm } from './JoinForm.tsx';
import { SoloForm } from './SoloForm.tsx';
import './home.css';

export function HomeScreen({ joinCode, classCode }: { joinCode?: string; classCode?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(null);
  return (
    <div className="screen home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
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
