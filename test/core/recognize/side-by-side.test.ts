/** Side-by-side tables are two tables; figure columns the engine cannot assign are said so, with the cell. */
import { recognizeSheet } from '../../../src/core/recognize';
import { analyze } from '../../../src/core/analyze';
import { sheet, workbook } from './sheet-builder';

describe('side-by-side tables', () => {
  it('a second label column between figure columns starts a second table: each unit keeps its own figures', () => {
    const tables = recognizeSheet(
      sheet([
        ['Rivi', 'TA 2024', 'TOT 1-12 2024', 'Rivi', 'TA 2024', 'TOT 1-12 2024'],
        ['Toimintatuotot', 10, 11, 'Toimintakulut', 70, 72],
        ['Toimintakulut', 50, 49, 'Toimintatuotot', 20, 21],
      ]),
    );
    expect(tables.map((t) => [t.range, t.side, t.labelColumn, t.columns.map((c) => c.column)])).toEqual([
      ['A1:C3', 'left', 0, [1, 2]],
      ['D1:F3', 'right', 3, [4, 5]],
    ]);
    // The right table's Toimintakulut is 70/72, never the left table's 50/49.
    expect(tables[1].rows.map((r) => [r.label, r.figures[4].value, r.figures[5].value])).toEqual([
      ['Toimintakulut', 70, 72],
      ['Toimintatuotot', 20, 21],
    ]);
  });

  it('repeated columns with no label column of their own are layout-unclear at the header cell; only the first is read', () => {
    const analysis = analyze(
      workbook(
        sheet([
          ['', 'Sivistys', '', 'Tekninen', ''],
          ['Rivi', 'TA 2024', 'TOT 1-12 2024', 'TA 2024', 'TOT 1-12 2024'],
          ['Toimintakate', -80, -81, -40, -41],
        ]),
      ),
    );
    expect(analysis.findings.filter((f) => f.code === 'layout-unclear')).toEqual([
      {
        code: 'layout-unclear',
        severity: 'error',
        sheet: 'Talous',
        cell: 'D2',
        messageId: 'finding.layout-unclear.repeated-column',
        data: { column: 'TA 2024', first: 'B' },
      },
      {
        code: 'layout-unclear',
        severity: 'error',
        sheet: 'Talous',
        cell: 'E2',
        messageId: 'finding.layout-unclear.repeated-column',
        data: { column: 'TOT 1-12 2024', first: 'C' },
      },
    ]);
    expect(analysis.deviations.map((d) => [d.plan, d.forecast])).toEqual([[-80, -81]]);
  });
});
