/**
 * Excel number formats of the report. Cells hold exact euros; the format scales the display
 * (a trailing ',' divides by 1000), so every figure in the report stays exact and sums by formula
 * stay right, while the reader sees milj. € with one decimal, or 1000 €, or €.
 */
export type ReportScale = 'milj' | 't' | 'eur';

export const reportScales: readonly ReportScale[] = ['milj', 't', 'eur'];

export function isReportScale(value: unknown): value is ReportScale {
  return typeof value === 'string' && (reportScales as readonly string[]).includes(value);
}

const amountBody: Record<ReportScale, string> = {
  milj: '#,##0.0,,',
  t: '#,##0,',
  eur: '#,##0',
};

const zero: Record<ReportScale, string> = { milj: '0.0', t: '0', eur: '0' };

/** A plain amount: 3 700 000 → 3,7 (milj). */
export function amountFormat(scale: ReportScale): string {
  return amountBody[scale];
}

/**
 * A deviation, always with its sign: +1,8 / −0,4. `_)` leaves the width of a bracket free on the
 * right, so a text column that follows (direction, commentary) does not touch the figure.
 */
export function signedFormat(scale: ReportScale): string {
  const body = amountBody[scale];
  return `+${body}_);-${body}_);${zero[scale]}_)`;
}

/** The prior year shown in brackets, as the seed does: (2,0). */
export function bracketFormat(scale: ReportScale): string {
  const body = amountBody[scale];
  return `(${body});(-${body})`;
}

/** Per cent from a fraction, with its sign: −0.05 → −5,0 %. */
export const signedPercentFormat = '+0.0 %;-0.0 %;0.0 %';

export const countFormat = '0';
