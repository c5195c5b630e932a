import { isDateFormat, serialText } from '../../../src/core/figures/number-format';

describe('isDateFormat: a number in this format shows as a date or time', () => {
  test.each(['d.m.yyyy', 'mm-dd-yy', 'yyyy-mm-dd', '[$-40B]d. mmmm yyyy', '[h]:mm', 'h:mm:ss', 'd.m.yyyy;@'])(
    '%s is a date',
    (format) => expect(isDateFormat(format)).toBe(true),
  );
  test.each([
    'General',
    '#,##0.0',
    '0.0 "milj. €"',
    '# ##0,0 "t€"',
    '0.00E+00',
    '#,##0;[Red]-#,##0',
    '0%',
    '@',
    '#,##0\\ "kpl"',
    '#,##0 "h"',
    '0.0\\ \\m\\i\\l\\j\\.',
  ])('%s is no date', (format) => expect(isDateFormat(format)).toBe(false));
});

test('serialText shows a serial as an ISO date, with the time when there is one', () => {
  expect(serialText(45657)).toBe('2024-12-31');
  expect(serialText(45657.5)).toBe('2024-12-31 12:00');
  expect(serialText(1)).toBe('1900-01-01');
});
