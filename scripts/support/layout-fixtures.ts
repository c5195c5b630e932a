/**
 * Fixtures of the layouts real municipal workbooks come in (shared/domain.md, Real workbooks):
 * statement blocks, an export with two unit columns, the vertical budget chain, two tables side
 * by side, and units named like lines. Every figure adds up except where a fault is planted;
 * each planted fault is named where it is made, and the tests assert exactly it.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook, put, putRows, type Written } from './workbook-writing';

/** A unit's lines: [label, original budget, changes, actual] in euros, sub-lines summed into their lines. */
type StatementLine = readonly [label: string, original: number, changes: number, actual: number];

interface AreaFigures {
  readonly sales: readonly [number, number, number];
  readonly fees: readonly [number, number, number];
  readonly subsidies: readonly [number, number, number];
  readonly wages: readonly [number, number, number];
  readonly sideCosts: readonly [number, number, number];
  readonly services: readonly [number, number, number];
  readonly materials: readonly [number, number, number];
  readonly other: readonly [number, number, number];
}

const add = (...parts: (readonly [number, number, number])[]): [number, number, number] => [
  parts.reduce((sum, p) => sum + p[0], 0),
  parts.reduce((sum, p) => sum + p[1], 0),
  parts.reduce((sum, p) => sum + p[2], 0),
];

/** The statement's lines of one unit, every total the sum of its sub-lines; the margin only when asked. */
export function statementLines(f: AreaFigures, withMargin: boolean): StatementLine[] {
  const income = add(f.sales, f.fees, f.subsidies);
  const personnel = add(f.wages, f.sideCosts);
  const expenses = add(personnel, f.services, f.materials, f.other);
  const lines: StatementLine[] = [
    ['Toimintatuotot', ...income],
    ['Myyntituotot', ...f.sales],
    ['Maksutuotot', ...f.fees],
    ['Tuet ja avustukset', ...f.subsidies],
    ['Toimintakulut', ...expenses],
    ['Henkilöstökulut', ...personnel],
    ['Palkat ja palkkiot', ...f.wages],
    ['Henkilösivukulut', ...f.sideCosts],
    ['Palvelujen ostot', ...f.services],
    ['Aineet, tarvikkeet ja tavarat', ...f.materials],
    ['Muut toimintakulut', ...f.other],
  ];
  if (withMargin)
    lines.push(['Toimintakate', income[0] - expenses[0], income[1] - expenses[1], income[2] - expenses[2]]);
  return lines;
}

export const earlyEducation: AreaFigures = {
  sales: [120_000, 0, 131_250],
  fees: [2_400_000, 0, 2_310_400],
  subsidies: [300_000, 50_000, 362_100],
  wages: [18_000_000, 400_000, 18_512_300],
  sideCosts: [4_300_000, 100_000, 4_388_950],
  services: [9_500_000, 0, 9_204_420],
  materials: [1_200_000, 0, 1_150_310],
  other: [800_000, 0, 760_020],
};

export const basicEducation: AreaFigures = {
  sales: [210_000, 0, 198_640],
  fees: [150_000, 0, 161_900],
  subsidies: [1_900_000, 240_000, 2_205_330],
  wages: [31_500_000, 900_000, 32_150_780],
  sideCosts: [7_600_000, 200_000, 7_702_410],
  services: [6_300_000, 150_000, 6_611_050],
  materials: [2_100_000, 0, 2_050_900],
  other: [1_400_000, 0, 1_388_260],
};

/** The planted fault of statement-blocks.xlsx: Perusopetus bought 150 000 € more services than its board's block counts. */
export const unbookedServices = 150_000;

const sumAreas = (a: AreaFigures, b: AreaFigures): AreaFigures => {
  const out: Record<string, [number, number, number]> = {};
  for (const key of Object.keys(a) as (keyof AreaFigures)[]) out[key] = add(a[key], b[key]);
  return out as unknown as AreaFigures;
};

/**
 * Statement blocks (toteutumisvertailu): a board's block (no margin line, as boards' blocks
 * often have none) and then its two task areas' blocks, each under its heading with its own
 * header wrapped over two rows; costs unsigned, Erotus = Toteutuma − TA muutosten jälkeen on the
 * figures as written, Käyttö-% of the budget after changes.
 */
export function statementBlocks(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Sivistyslautakunta');
  put(sheet, 'A1', 'Käyttötalouden toteutumisvertailu 2024, €');
  const board = sumAreas(earlyEducation, basicEducation);
  const faulty: AreaFigures = {
    ...basicEducation,
    services: [basicEducation.services[0], basicEducation.services[1], basicEducation.services[2] + unbookedServices],
  };
  let row = 3;
  for (const [name, figures, withMargin] of [
    ['Sivistyslautakunta', board, false],
    ['Varhaiskasvatus', earlyEducation, true],
    ['Perusopetus', faulty, true],
  ] as const) {
    put(sheet, `A${row}`, name, { bold: true });
    putRows(sheet, row + 1, 1, [
      ['', 'Alkuperäinen', 'TA', 'TA muutosten', 'Toteutuma', 'Erotus', 'Käyttö-'],
      ['', 'TA 2024', 'muutokset', 'jälkeen', '1-12/2024', '', '%'],
    ]);
    row += 3;
    for (const [label, original, changes, actual] of statementLines(figures, withMargin)) {
      const after = original + changes;
      const deviation = actual - after;
      const use = after === 0 ? null : Math.round((actual / after) * 1000) / 10;
      putRows(sheet, row, 1, [[label, original, changes, after, actual, deviation, use]], { numFmt: '#,##0' });
      row++;
    }
    row++;
  }
  return workbook;
}

/**
 * An export with two unit columns (Toimielin | Tehtäväalue), codes before the names, account-
 * coded lines, a binding marker column, a merged group header 'Talousarvio 2024' over the three
 * budget columns, and costs written negative (Erotus = Toteutuma − Muutosten jälkeen). A row whose
 * Tehtäväalue is empty is the board's own total.
 * Planted fault: Hallinto's margin actual is printed 2 000 € off its own lines.
 */
export const marginTypo = 2_000;

interface ExportArea {
  readonly board: string;
  readonly area: string;
  /** [original, changes, actual] per line: sales, fees, personnel, services. */
  readonly sales: readonly [number, number, number];
  readonly fees: readonly [number, number, number];
  readonly personnel: readonly [number, number, number];
  readonly services: readonly [number, number, number];
}

export const exportAreas: readonly ExportArea[] = [
  {
    board: '100 Kaupunginhallitus',
    area: '110 Vaalit',
    sales: [0, 0, 0],
    fees: [5_000, 0, 4_200],
    personnel: [-180_000, -20_000, -196_400],
    services: [-95_000, 0, -88_310],
  },
  {
    board: '100 Kaupunginhallitus',
    area: '120 Hallinto',
    sales: [410_000, 0, 436_520],
    fees: [25_000, 0, 31_050],
    personnel: [-6_200_000, 0, -6_105_330],
    services: [-3_100_000, -150_000, -3_301_770],
  },
  {
    board: '200 Tekninen lautakunta',
    area: '210 Kadut ja puistot',
    sales: [320_000, 0, 298_400],
    fees: [90_000, 0, 96_100],
    personnel: [-2_400_000, 0, -2_388_000],
    services: [-4_900_000, -300_000, -5_212_660],
  },
  {
    board: '200 Tekninen lautakunta',
    area: '220 Tilapalvelut',
    sales: [11_800_000, 0, 11_912_050],
    fees: [0, 0, 0],
    personnel: [-1_900_000, 0, -1_876_400],
    services: [-7_300_000, 0, -7_281_990],
  },
];

export function exportLines(
  a: Pick<ExportArea, 'sales' | 'fees' | 'personnel' | 'services'>,
): [string, number, number, number][] {
  const income = add(a.sales, a.fees);
  const expenses = add(a.personnel, a.services);
  return [
    ['3000 Myyntituotot', ...a.sales],
    ['3100 Maksutuotot', ...a.fees],
    ['3999 TOIMINTATUOTOT', ...income],
    ['4000 Henkilöstökulut', ...a.personnel],
    ['4300 Palvelujen ostot', ...a.services],
    ['4899 TOIMINTAKULUT', ...expenses],
    ['4999 TOIMINTAKATE/JÄÄMÄ', income[0] + expenses[0], income[1] + expenses[1], income[2] + expenses[2]],
  ];
}

export function unitColumnsExport(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Raportti');
  put(sheet, 'A1', 'Käyttötalous 1-12/2024, euroa');
  put(sheet, 'E2', 'Talousarvio 2024');
  sheet.mergeCells('E2:G2');
  put(sheet, 'H2', 'Toteutuma');
  putRows(sheet, 3, 1, [
    [
      'Toimielin',
      'Tehtäväalue',
      'Tili',
      'Sitovuus',
      'Alkuperäinen',
      'Muutokset',
      'Muutosten jälkeen',
      '1-12/2024',
      'Erotus',
    ],
  ]);
  let row = 4;
  const write = (board: string, area: string, marker: string, lines: [string, number, number, number][]) => {
    for (const [label, original, changes, actual] of lines) {
      const after = original + changes;
      const printed = area === '120 Hallinto' && label.startsWith('4999') ? actual + marginTypo : actual;
      putRows(
        sheet,
        row,
        1,
        [[board, area || null, label, marker, original, changes, after, printed, actual - after]] as Written[][],
        {
          numFmt: '#,##0',
        },
      );
      row++;
    }
  };
  for (const board of ['100 Kaupunginhallitus', '200 Tekninen lautakunta']) {
    const areas = exportAreas.filter((a) => a.board === board);
    const total = {
      sales: add(...areas.map((a) => a.sales)),
      fees: add(...areas.map((a) => a.fees)),
      personnel: add(...areas.map((a) => a.personnel)),
      services: add(...areas.map((a) => a.services)),
    };
    write(board, '', 'N', exportLines(total));
    for (const area of areas) write(board, area.area, '', exportLines(area));
  }
  return workbook;
}

/**
 * The vertical budget chain: per task area and line, Alkuperäinen, a Muutos row per council
 * decision (the decision named in Selite) and Yhteensä in the one TA column; the actual and
 * the deviation only on the Yhteensä row.
 * Planted fault: Perusopetus's Toimintakulut change of KV 11.11.2024 § 98 is typed 100 000 € short of
 * its Yhteensä (1 150 000 for 1 250 000).
 */
export const chainTypo = 100_000;

export const chainRows: readonly {
  unit: string;
  line: string;
  original: number;
  changes: readonly [string, number][];
  actual: number;
}[] = [
  {
    unit: 'Varhaiskasvatus',
    line: 'Toimintatuotot',
    original: 2_820_000,
    changes: [['KV 17.6.2024 § 45', 50_000]],
    actual: 2_803_750,
  },
  {
    unit: 'Varhaiskasvatus',
    line: 'Toimintakulut',
    original: 33_800_000,
    changes: [
      ['KV 17.6.2024 § 45', 400_000],
      ['KV 11.11.2024 § 98', 100_000],
    ],
    actual: 34_016_000,
  },
  {
    unit: 'Varhaiskasvatus',
    line: 'Toimintakate',
    original: -30_980_000,
    changes: [
      ['KV 17.6.2024 § 45', -350_000],
      ['KV 11.11.2024 § 98', -100_000],
    ],
    actual: -31_212_250,
  },
  {
    unit: 'Perusopetus',
    line: 'Toimintatuotot',
    original: 2_260_000,
    changes: [['KV 17.6.2024 § 45', 240_000]],
    actual: 2_565_870,
  },
  {
    unit: 'Perusopetus',
    line: 'Toimintakulut',
    original: 48_900_000,
    changes: [['KV 11.11.2024 § 98', 1_250_000]],
    actual: 49_903_400,
  },
  {
    unit: 'Perusopetus',
    line: 'Toimintakate',
    original: -46_640_000,
    changes: [
      ['KV 17.6.2024 § 45', 240_000],
      ['KV 11.11.2024 § 98', -1_250_000],
    ],
    actual: -47_337_530,
  },
];

export function budgetChain(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talousarvion toteutuminen');
  putRows(sheet, 1, 1, [['Tehtäväalue', 'Rivi', 'Erä', 'Selite', 'TA 2024', 'Toteutuma 1-12/2024', 'Poikkeama']]);
  let row = 2;
  let lastUnit = '';
  for (const item of chainRows) {
    const total = item.original + item.changes.reduce((sum, [, change]) => sum + change, 0);
    const faulty = item.unit === 'Perusopetus' && item.line === 'Toimintakulut';
    putRows(
      sheet,
      row++,
      1,
      [[item.unit === lastUnit ? null : item.unit, item.line, 'Alkuperäinen', null, item.original]],
      { numFmt: '#,##0' },
    );
    lastUnit = item.unit;
    for (const [decision, change] of item.changes) {
      const typed = faulty && decision.startsWith('KV 11.11.') ? change - chainTypo : change;
      putRows(sheet, row++, 1, [[null, null, 'Muutos', decision, typed]], { numFmt: '#,##0' });
    }
    putRows(sheet, row++, 1, [[null, null, 'Yhteensä', null, total, item.actual, item.actual - total]], {
      numFmt: '#,##0',
    });
  }
  return workbook;
}

/** Two boards' tables side by side on the same rows, a blank column between them. */
export function sideBySide(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Lautakunnat');
  putRows(sheet, 1, 1, [
    ['Sivistyslautakunta', 'TA 2024', 'TOT 1-12 2024', null, 'Tekninen lautakunta', 'TA 2024', 'TOT 1-12 2024'],
  ]);
  putRows(
    sheet,
    2,
    1,
    [
      ['Toimintatuotot', 2_000_000, 2_100_000, null, 'Toimintatuotot', 12_500_000, 12_581_312],
      ['Toimintakulut', 10_000_000, 10_200_000, null, 'Toimintakulut', 17_023_070, 17_058_115],
      ['Toimintakate', -8_000_000, -8_100_000, null, 'Valmistus omaan käyttöön', 512_000, 348_191],
      [null, null, null, null, 'Toimintakate', -4_011_070, -4_128_612],
    ],
    { numFmt: '#,##0' },
  );
  return workbook;
}

/**
 * Block layout whose units are named like lines ('Toimintakate', 'Netto'): a heading row with
 * empty figures is a unit, whatever its name (issue: 22 false duplicate-row errors).
 */
export function unitsNamedLikeLines(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  putRows(sheet, 1, 1, [['', 'TA 2024', 'TOT 1-12 2024']]);
  let row = 2;
  for (const [name, times] of [
    ['Elinvoima', 2],
    ['Toimintakate', 1],
    ['Netto', 1],
  ] as const) {
    put(sheet, `A${row++}`, name, { bold: true });
    putRows(
      sheet,
      row,
      1,
      [
        ['Toimintatuotot', 1_000_000 * times, 1_100_000 * times],
        ['Toimintakulut', 5_000_000 * times, 4_800_000 * times],
        ['Toimintakate', -4_000_000 * times, -3_700_000 * times],
      ],
      { numFmt: '#,##0' },
    );
    row += 3;
  }
  return workbook;
}
