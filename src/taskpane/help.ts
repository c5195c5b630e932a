/**
 * The help page Office links from the add-in (SupportUrl, "Learn more"), in the reader's language:
 * `?lang=fi|sv|en`, else the browser's, which inside Office follows Office's display language.
 */
import { isLanguage, languageOfLocale, tDynamic, type Language } from '../i18n';

export function helpLanguage(search: string, browserLocale: string | undefined): Language {
  const requested = new URLSearchParams(search).get('lang');
  return isLanguage(requested) ? requested : languageOfLocale(browserLocale);
}

/** Fills every element that names a catalogue key in `data-text`; an unknown key throws, so a typo cannot ship. */
export function fillTexts(root: Document, language: Language): void {
  root.documentElement.lang = language;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-text]'))) {
    element.textContent = tDynamic(language, element.dataset.text ?? '');
  }
}

if (typeof document !== 'undefined' && document.querySelector('[data-text]')) {
  fillTexts(document, helpLanguage(window.location.search, navigator.language));
}
