/**
 * The summary's blocks one at a time, each on a grid that already holds a row and a gap: a block
 * writes where the grid says the next row is, never at a row of its own counting.
 */
import { chartColour, flagFill, flagFont, type Finding, type SheetPlan } from '../../../src/core';
import { reportContext } from '../../../src/core/report/context';
import { createGrid, type Grid } from '../../../src/core/report/grid';
import {
  bindingBlock,
  chartsBlock,
  countsBlock,
  keyFiguresBlock,
  summaryBlocks,
  summaryOf,
  titleBlock,
  type SummaryBlock,
} from '../../../src/core/report/summary-sheet';
import { elvoAnalysis } from './elvo-analysis';
import { block, formatAt, valueAt } from './plan-helpers';

const context = reportContext('en', 'milj', { quarter: 4, year: 2024 });

/** The block written below a first row and a blank one, as a sheet (its first row is the grid's row 3). */
function written(write: SummaryBlock, findings: Finding[] = []) {
  const grid: Grid = createGrid();
  grid.set(0, 0, 'above');
  grid.gap();
  const charts = write(grid, summaryOf(elvoAnalysis({ findings }), context, 'Deviations'));
  const sheet = { values: grid.values(), formats: grid.formats() } as unknown as SheetPlan;
  return { sheet, charts, rows: grid.nextRow };
}

test('the summary is the five blocks in order', () => {
  expect(summaryBlocks).toEqual([titleBlock, bindingBlock, keyFiguresBlock, countsBlock, chartsBlock]);
});

test('title: the report and period, the service area, the date and the unit of the figures', () => {
  const { sheet, charts, rows } = written(titleBlock);
  expect(block(sheet, 'A3:A5')).toEqual([
    ['FOLLOW-UP REPORT Q4/2024'],
    ['Elinvoiman palvelualue'],
    ['As at 31.12.2024. Figures in EUR million, prior-year closed accounts in brackets.'],
  ]);
  expect(formatAt(sheet, 'A3').font).toMatchObject({ bold: true, size: 16 });
  expect([rows, charts]).toEqual([5, []]);
});

describe('binding overruns', () => {
  test('none: one green line', () => {
    const { sheet, rows } = written(bindingBlock);
    expect(valueAt(sheet, 'A3')).toBe('No binding-level overruns.');
    expect(rows).toBe(3);
  });

  test('each overrun a red row with its amount in the variance column, under the heading', () => {
    const overrun: Finding = {
      code: 'binding-overrun',
      severity: 'error',
      sheet: 'Talous',
      cell: 'I16',
      messageId: 'finding.binding-overrun.expenses',
      data: {
        unit: 'Työllisyyspalvelut',
        line: 'Toimintakulut',
        column: 'ENN 2024',
        budgetColumn: 'TA+LTA:t 2024',
        budget: 27_000_000,
        forecast: 27_100_000,
        overrun: 100_000,
        item: 'expenses',
        tolerance: 50,
      },
    };
    const { sheet, rows } = written(bindingBlock, [overrun]);
    expect(valueAt(sheet, 'A3')).toBe('Binding-level overruns: need a council decision (supplementary budget)');
    expect(valueAt(sheet, 'A4')).toBe(
      'Työllisyyspalvelut: appropriation overrun, Toimintakulut (gross binding) (EUR million)',
    );
    expect(valueAt(sheet, 'F4')).toBe(100_000);
    expect(formatAt(sheet, 'G4').fill).toBe(flagFill.red);
    expect(rows).toBe(4);
  });

  test('a binding unit named that no table has: no overrun, and the unit whose check did not run', () => {
    const unknownUnit: Finding = {
      code: 'binding-unit-not-found',
      severity: 'warning',
      sheet: 'Talous',
      cell: 'A3',
      messageId: 'finding.binding-unit-not-found',
      data: { unit: 'Kasvupalvelu (typo)' },
    };
    const { sheet, rows } = written(bindingBlock, [unknownUnit]);
    expect(valueAt(sheet, 'A3')).toBe('No binding-level overruns.');
    expect(valueAt(sheet, 'A4')).toBe(
      'The unit “Kasvupalvelu (typo)” named as binding is not in the workbook: its binding level was not checked.',
    );
    expect(formatAt(sheet, 'A4').font?.color).toBe(flagFont.yellow);
    expect(valueAt(sheet, 'F4')).toBeNull();
    expect(rows).toBe(4);
  });
});

test('key figures: two header rows, one row per area and the total, the margin deviation coloured', () => {
  const { sheet, rows } = written(keyFiguresBlock);
  expect(valueAt(sheet, 'A3')).toBe('Financial outturn by responsibility area (EUR million)');
  expect(block(sheet, 'B4:F4')).toEqual([['Operating income', null, 'Operating expenses', null, 'Operating margin']]);
  expect(block(sheet, 'A5:G8')).toEqual([
    [
      'Responsibility area',
      'Actual 1–12/2024',
      '(Actual 2023)',
      'Actual 1–12/2024',
      '(Actual 2023)',
      'Variance',
      'Direction',
    ],
    ['Kasvupalvelut', 3_700_000, 2_000_000, 10_700_000, 10_900_000, 1_800_000, 'Favourable'],
    ['Työllisyyspalvelut', 1_800_000, 1_200_000, 25_700_000, 27_300_000, 1_700_000, 'Favourable'],
    ['Elinvoiman palvelualue total', 5_500_000, 3_200_000, 36_400_000, 38_200_000, 3_500_000, 'Favourable'],
  ]);
  expect(formatAt(sheet, 'A5').fill).toBe('#D9E1F2');
  expect(formatAt(sheet, 'C6').font?.color).toBe('#595959');
  expect(formatAt(sheet, 'F6').fill).toBe(flagFill.green);
  expect(formatAt(sheet, 'A8').font?.bold).toBe(true);
  expect(rows).toBe(8);
});

test('counts: findings by severity beside deviations by colour, and the pointer to the Deviations sheet', () => {
  const { sheet, rows } = written(countsBlock);
  expect(block(sheet, 'A3:E7')).toEqual([
    ['Findings of the check', null, null, 'Deviations by colour', null],
    ['Errors', 0, null, 'Red', 1],
    ['Warnings', 0, null, 'Yellow', 0],
    ['Notes', 0, null, 'Green', 9],
    ['Every deviation by unit and line: sheet Deviations.', null, null, null, null],
  ]);
  expect(formatAt(sheet, 'D4').fill).toBe(flagFill.red);
  expect(rows).toBe(7);
});

test('charts: placed at the next row, their source tables below them', () => {
  const { sheet, charts } = written(chartsBlock);
  expect(charts.map((chart) => [chart.name, chart.position, chart.source])).toEqual([
    ['income-expenses', { from: 'A3', to: 'D23' }, 'A26:D30'],
    ['margin-deviation', { from: 'E3', to: 'H23' }, 'A33:B36'],
  ]);
  expect(valueAt(sheet, 'A24')).toBe('Chart source data');
  expect(block(sheet, 'A26:D27')).toEqual([
    ['Responsibility area', 'Actual 2023', 'Current plan', 'Forecast 2024'],
    ['Kasvupalvelut: income', 2_000_000, 3_300_000, 3_700_000],
  ]);
  expect(block(sheet, 'A33:B36')).toEqual([
    ['Responsibility area', 'Variance'],
    ['Kasvupalvelut', 1_800_000],
    ['Työllisyyspalvelut', 1_700_000],
    ['Elinvoiman palvelualue total', 3_500_000],
  ]);
  // Every margin improved: every bar favourable green.
  expect(charts[1].pointColours).toEqual([[chartColour.green, chartColour.green, chartColour.green]]);
});

test('charts: none, and nothing written, when no responsibility area was recognised', () => {
  const grid = createGrid();
  const summary = summaryOf({ ...elvoAnalysis(), tables: [], deviations: [] }, context, 'Deviations');
  expect(chartsBlock(grid, summary)).toEqual([]);
  expect(grid.values()).toEqual([]);
});
