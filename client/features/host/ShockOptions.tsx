import { useTranslation } from 'react-i18next';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { langAttribute, localTextIn } from '../../i18n/text-language.ts';

/**
 * The scenario's shocks as a select's options, each title in the page's language where it has one. An
 * option holds text only, so its own `lang` marks a title that has no translation (WCAG 3.1.2). The host's
 * controls and the class console list them the same way.
 */
export function ShockOptions() {
  const { i18n } = useTranslation();
  return DEFAULT_SHOCKS.map((shock) => {
    const title = localTextIn(shock.title, i18n.language);
    return (
      <option key={shock.id} value={shock.id} lang={langAttribute(title, i18n.language)}>
        {title.text}
      </option>
    );
  });
}
