export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** fi and sv from an Office or browser locale such as 'fi-FI' or 'sv-SE'; English otherwise. */
export function languageOfLocale(locale: string | null | undefined): Language {
  const prefix = (locale ?? '').slice(0, 2).toLowerCase();
  return prefix === 'fi' || prefix === 'sv' ? prefix : 'en';
}

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' };

/** The locale whose number and date conventions go with the language. */
export function localeOf(language: Language): string {
  return locales[language];
}
