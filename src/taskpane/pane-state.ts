/** What the pane's sections share with the pane: which action runs, and what a section has to tell. */
import type { MessageData, MessageKey } from '../i18n';

export type Busy = 'check' | 'save' | 'flag' | 'clear' | 'colour' | 'report' | null;

export type SectionId = 'check' | 'deviations' | 'strategy' | 'report';

/**
 * A result told in a section. It holds the message key, not the text, so that it is said again in
 * the language the user switches to.
 */
export interface SectionNotice {
  readonly intent: 'success' | 'warning' | 'info';
  readonly messages: readonly { readonly key: MessageKey; readonly data?: MessageData }[];
}

export type SectionNotices = Readonly<Partial<Record<SectionId, SectionNotice>>>;
