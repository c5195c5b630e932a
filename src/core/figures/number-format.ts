/**
 * What a cell's number format says about its number. Excel keeps a date as a day count whose only
 * mark is a date format ('d.m.yyyy', 'mm-dd-yy', '[$-40B]d. mmmm yyyy'): both readers (the .xlsx
 * reader and Office.js's Range.numberFormat) hand that format to the snapshot, and the engine tells
 * a date from a figure by it — a date summed as euros is a silent wrong figure.
 */

/** Quoted text, escaped characters, colours, locales and conditions, padding and fill: none of them shows the value. */
export function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

const dateFormats = new Map<string, boolean>();

/** Whether a number in this format shows as a date or a time (a d, m, y, h or s code outside literals). */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || numberFormat === 'General') return false;
  let known = dateFormats.get(numberFormat);
  if (known === undefined) {
    // Elapsed time ([h]:mm) loses its bracket with the literals but keeps ':mm'.
    const section = stripLiterals(numberFormat.split(';')[0]).replace(/general/gi, '');
    known = /[dmyhs]/i.test(section.replace(/E[+-]/gi, ''));
    dateFormats.set(numberFormat, known);
  }
  return known;
}

const millisecondsPerDay = 86_400_000;
/** Excel's day 0 in the 1900 date system for dates from March 1900 on (Excel counts a 29 February 1900). */
const excelEpoch = Date.UTC(1899, 11, 30);

/** A date serial as the user would recognise it in any language: '2024-12-31', with the time when there is one. */
/** Days from the 1900 system's day 0 to the 1904 system's. */
const date1904Days = 1462;

export function serialText(serial: number, date1904 = false): string {
  // Before Excel's fictitious 29 February 1900 (serial 60), day 1 is 1 January 1900; in the 1904
  // system day 0 is 1 January 1904, 1462 days later.
  const epoch = date1904
    ? excelEpoch + date1904Days * millisecondsPerDay
    : serial < 60
      ? excelEpoch + millisecondsPerDay
      : excelEpoch;
  const date = new Date(epoch + Math.round(serial * millisecondsPerDay));
  if (Number.isNaN(date.getTime())) return String(serial);
  const iso = date.toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
