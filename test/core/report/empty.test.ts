import { planReport } from '../../../src/core/report';
import { sheetOf, valueAt } from './plan-helpers';

test('a workbook with no budget table still gets the four sheets, saying what is missing and drawing no empty chart', () => {
  const plan = planReport(
    { tables: [], findings: [], deviations: [], strategy: null, period: null },
    { language: 'en', scale: 'milj', today: new Date('2025-02-10T12:00:00Z') },
  );
  expect(plan.period).toEqual({ quarter: 1, year: 2025 });
  expect(plan.sheets.map((s) => s.name)).toEqual(['Summary', 'Deviations', 'Strategy', 'Glossary']);
  const summary = sheetOf(plan, 'summary');
  expect(valueAt(summary, 'A1')).toBe('FOLLOW-UP REPORT Q1/2025');
  expect(valueAt(summary, 'A2')).toBe('Service area');
  expect(summary.charts).toEqual([]);
  expect(summary.values.flat()).not.toContain('Chart source data');
  const deviations = sheetOf(plan, 'deviations');
  expect(valueAt(deviations, 'A5')).toBe('No deviations: the workbook has no plan and forecast.');
  expect(sheetOf(plan, 'strategy').charts).toEqual([]);
});
