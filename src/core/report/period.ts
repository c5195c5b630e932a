/** The report's period: Q1–Q4 of a year, its label, its last day and the share of the year it covers. */
import type { Period } from '../model';

/** The quarter a date falls in (UTC, so a report made at midnight does not depend on the machine's zone). */
export function quarterOf(date: Date): Period {
  const quarter = (Math.floor(date.getUTCMonth() / 3) + 1) as Period['quarter'];
  return { quarter, year: date.getUTCFullYear() };
}

export function periodLabel(period: Period): string {
  return `Q${period.quarter}/${period.year}`;
}

/** 'Q4/2024', 'q2/2025', 'Q3 2024' → Period; null when the text is not a quarter of a year. */
export function parsePeriod(text: string): Period | null {
  const match = /^\s*Q([1-4])\s*[/\s-]\s*(\d{4})\s*$/i.exec(text);
  if (!match) return null;
  return { quarter: Number(match[1]) as Period['quarter'], year: Number(match[2]) };
}

/** The first period mark in a text, e.g. in a report sheet's title 'POIKKEAMAT Q4/2024'. */
export function findPeriod(text: string): Period | null {
  const match = /Q([1-4])\/(\d{4})/.exec(text);
  return match ? { quarter: Number(match[1]) as Period['quarter'], year: Number(match[2]) } : null;
}

/** Months elapsed at the end of the period: Q2 → 6. */
export function monthsOf(period: Period): number {
  return period.quarter * 3;
}

/** The share of the year elapsed: Q2 → 0.5. */
export function shareOf(period: Period): number {
  return period.quarter / 4;
}

/** The period's last day as d.m.yyyy, the way Finnish and Swedish reports write it. */
export function periodEndText(period: Period): string {
  const lastDay = new Date(Date.UTC(period.year, monthsOf(period), 0)).getUTCDate();
  return `${lastDay}.${monthsOf(period)}.${period.year}`;
}

export function samePeriod(a: Period | null, b: Period | null): boolean {
  return a !== null && b !== null && a.quarter === b.quarter && a.year === b.year;
}
