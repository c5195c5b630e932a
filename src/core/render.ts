/** A finding's message in the user's language, from the catalogue by its messageId and data. */
import { tDynamic } from '../i18n';
import type { Language } from '../i18n';
import type { Finding } from './model';

export function renderFinding(finding: Finding, language: Language): string {
  return tDynamic(language, finding.messageId, finding.data);
}
