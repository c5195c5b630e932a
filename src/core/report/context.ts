/** What every sheet planner needs: the language, the scale, the period, and text lookup. */
import { t, type MessageData, type MessageKey } from '../../i18n';
import type { Language } from '../../i18n/language';
import type { Direction, LineKind, Period, TrafficLight } from '../model';
import type { ReportScale } from './number-formats';

export interface ReportContext {
  readonly language: Language;
  readonly scale: ReportScale;
  readonly period: Period;
  /** 'milj. €', '1000 €' or '€' in the report's language. */
  readonly unitLabel: string;
  text(key: MessageKey, data?: MessageData): string;
  lineName(line: LineKind): string;
  directionWord(direction: Direction): string;
  colourWord(colour: TrafficLight): string;
}

export function reportContext(language: Language, scale: ReportScale, period: Period): ReportContext {
  const text = (key: MessageKey, data?: MessageData): string => t(language, key, data);
  // Words asked for on every row of a large Deviations sheet are looked up once.
  const words = new Map<MessageKey, string>();
  const word = (key: MessageKey): string => {
    let found = words.get(key);
    if (found === undefined) words.set(key, (found = text(key)));
    return found;
  };
  return {
    language,
    scale,
    period,
    unitLabel: text(`report.unit.${scale}`),
    text,
    lineName: (line) => word(`report.line.${line}`),
    // The engine's own words (findings catalogue), capitalised to stand alone in a cell.
    directionWord: (direction) => capitalise(word(`direction.${direction}`)),
    colourWord: (colour) => capitalise(word(`status.${colour}`)),
  };
}

/** Standard looks shared by the sheets. */
export const looks = {
  title: { font: { bold: true, size: 16, color: '#1F3864' } },
  subtitle: { font: { bold: true, size: 12 } },
  heading: { font: { bold: true, size: 12, color: '#1F3864' } },
  note: { font: { italic: true, color: '#595959' } },
  header: { font: { bold: true }, fill: '#D9E1F2', verticalAlignment: 'Center', bottomBorder: '#1F3864' },
  total: { font: { bold: true }, bottomBorder: '#1F3864' },
} as const;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
