/** A finding's message in the user's language, from the catalogue by its message id and details. */
import { t, type Language } from '../i18n';
import type { Finding } from './model';

export function renderFinding(finding: Finding, language: Language): string {
  return t(language, finding.messageId, finding.data);
}
