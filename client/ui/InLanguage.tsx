import { useTranslation } from 'react-i18next';
import { langAttribute, type TextIn } from '../i18n/text-language.ts';

/**
 * The one component that renders text which may be in another language than the page's: plain text when
 * it is the page's, a span with `lang` when it is not (WCAG 3.1.2). See client/i18n/text-language.ts.
 */
export function InLanguage({ value }: { value: TextIn }) {
  const { i18n } = useTranslation();
  const lang = langAttribute(value, i18n.language);
  return lang ? <span lang={lang}>{value.text}</span> : value.text;
}
