/**
 * The part of Office's global `Office` the add-in asks: requirement sets, display language, theme.
 * Configurable so tests can run the add-in against an older Excel (e.g. ExcelApi 1.12).
 */
import type { OfficeLike } from '../excel/types';
import { compareVersions } from './requirements';

export interface OfficeOptions {
  /** Highest ExcelApi version the host claims (default '1.20'; undo groups are accepted and recorded, the host has no undo). */
  readonly apiVersion?: string;
  /** Other requirement sets and their highest version, e.g. { ExcelApiOnline: '1.1' }. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Office's display language (default 'en-US'). */
  readonly displayLanguage?: string;
}

export const DEFAULT_API_VERSION = '1.20';

export interface HeadlessOffice extends OfficeLike {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly displayLanguage: string;
    /** Excel on the web exposes no theme: null, as there. */
    readonly officeTheme: null;
  };
}

export function createOffice(options: OfficeOptions = {}): HeadlessOffice {
  const sets: Record<string, string> = {
    ...options.requirementSets,
    ExcelApi: options.apiVersion ?? DEFAULT_API_VERSION,
  };
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion = '1.1'): boolean {
          const supported = Object.entries(sets).find(([set]) => set.toLowerCase() === name.toLowerCase())?.[1];
          return supported !== undefined && compareVersions(supported, minVersion) >= 0;
        },
      },
      displayLanguage: options.displayLanguage ?? 'en-US',
      officeTheme: null,
    },
  };
}
