/**
 * The language the add-in speaks, from what Office says (inside Excel) or the browser's language
 * (outside Office). Shared by the task pane and the ribbon commands.
 */
import { languageOfLocale, type Language } from '../i18n';
import type { OfficeLike } from '../excel/types';

/** fi and sv from Office's display language, else English; the browser's language where Office says nothing. */
export function languageOf(office: OfficeLike | null, browserLocale: string | undefined): Language {
  return languageOfLocale(office?.context.displayLanguage ?? browserLocale);
}
