/**
 * examples/elvo-q2-2025-errors.xlsx: a Q2/2025 follow-up in the long layout with deliberate
 * errors, one of every kind the engine reports. Each error sits where it is its own finding
 * (a variance cell nothing else derives from, a prior-year figure no chain uses), so that the
 * check names exactly these cells; examples/README.md lists them.
 */
import type ExcelJS from 'exceljs';
import { formula, newWorkbook, printOnePageWide, put, type Written } from './workbook-writing';

const figureFormat = '#,##0.0';

type Line = 'income' | 'personnel' | 'services' | 'materials' | 'grants' | 'rents' | 'other' | 'own';
/** TA, LTA, KS, TOT 1-6, ENN in 1 000 €; null leaves the cell empty. */
type Inputs = readonly [number | null, number, number, number, number];

const lineLabels: Readonly<Record<Line | 'expenses' | 'margin', string>> = {
  income: 'Toimintatuotot',
  expenses: 'Toimintakulut',
  personnel: 'Henkilöstökulut',
  services: 'Palvelujen ostot',
  materials: 'Aineet, tarvikkeet ja tavarat',
  grants: 'Avustukset',
  rents: 'Vuokrat',
  other: 'Muut toimintakulut',
  own: 'Valmistus omaan käyttöön',
  margin: 'Toimintakate',
};
const rowOrder = ['income', 'expenses', 'personnel', 'services', 'materials', 'grants', 'rents', 'other', 'own', 'margin'] as const;
const subLines: readonly Line[] = ['personnel', 'services', 'materials', 'grants', 'rents', 'other'];

const growth: Readonly<Record<Line, Inputs>> = {
  income: [2600.0, 0, 2600.0, 1402.3, 2740.0],
  personnel: [4120.0, 0, 4120.0, 1987.6, 4050.0],
  services: [4100.0, 0, 4100.0, 2245.1, 4223.0],
  materials: [150.0, 0, 150.0, 61.2, 140.0],
  grants: [3500.0, 0, 3500.0, 1874.0, 3480.0],
  rents: [620.0, 0, 620.0, 309.8, 611.8],
  other: [210.0, 0, 210.0, 95.4, 205.0],
  own: [0, 0, 0, 0, 0],
};

/** 2025: the TE services moved to the city; the municipal share of labour market subsidy overruns. */
const employment: Readonly<Record<Line, Inputs>> = {
  income: [6200.0, 150.0, 6200.0, 2950.4, 6180.0],
  personnel: [9800.0, 0, 9800.0, 5012.7, 10240.0],
  services: [5400.0, 0, 5400.0, 2633.9, 5520.0],
  materials: [null, 0, 120.0, 48.3, 110.0],
  grants: [19500.0, 0, 19500.0, 10412.6, 21300.0],
  rents: [1150.0, 0, 1150.0, 574.9, 1150.0],
  other: [700.0, 0, 700.0, 290.2, 640.0],
  own: [0, 0, 0, 0, 0],
};

/** Columns: A unit, B level, C line, D TA, E LTA, F TA+LTA, G KS, H KS+LTA, I TOT, J ENN, K Poikkeama. */
const inputColumns = ['D', 'E', 'G', 'I', 'J'] as const;

function tenths(value: number): number {
  return Math.round(value * 10);
}

/** The value of a line in an input column (index into Inputs), from the inputs, in tenths. */
function valueOf(inputs: Readonly<Record<Line, Inputs>>, line: (typeof rowOrder)[number], index: number): number {
  if (line === 'expenses') return subLines.reduce((sum, l) => sum + tenths(inputs[l][index] ?? 0), 0);
  if (line === 'margin') return valueOf(inputs, 'income', index) - valueOf(inputs, 'expenses', index) + valueOf(inputs, 'own', index);
  return tenths(inputs[line][index] ?? 0);
}

function writeEconomy(sheet: ExcelJS.Worksheet): void {
  put(sheet, 'A1', 'Elinvoiman palvelualue – talouden seuranta 1–6/2025, 1 000 €', { bold: true });
  ['Yksikkö', 'Taso', 'Rivi', 'TA 2025', 'LTA:t 2025', 'TA+LTA:t 2025', 'KS 2025', 'KS+LTA:t 2025', 'TOT 1-6 2025', 'ENN 2025', 'Poikkeama'].forEach(
    (label, i) => put(sheet, `${String.fromCharCode(65 + i)}3`, label, { bold: true }),
  );
  const serviceArea = 4;
  const growthTop = serviceArea + rowOrder.length;
  const employmentTop = growthTop + rowOrder.length;
  const both: Record<Line, Inputs> = {} as Record<Line, Inputs>;
  for (const line of Object.keys(growth) as Line[]) {
    both[line] = [0, 1, 2, 3, 4].map((i) => ((growth[line][i] ?? 0) * 10 + (employment[line][i] ?? 0) * 10) / 10) as unknown as Inputs;
  }
  writeUnit(sheet, serviceArea, 'Elinvoiman palvelualue', 0, both, [growthTop, employmentTop]);
  writeUnit(sheet, growthTop, 'Kasvupalvelut', 1, growth, []);
  writeUnit(sheet, employmentTop, 'Työllisyyspalvelut', 1, employment, []);

  const row = (top: number, line: (typeof rowOrder)[number]) => top + rowOrder.indexOf(line);
  // Planted: a variance typed as text, with the minus sign, but the right number.
  put(sheet, `K${row(growthTop, 'rents')}`, '\u22128,2', { numFmt: figureFormat });
  // Planted: a variance cell overwritten with a note.
  put(sheet, `K${row(employmentTop, 'rents')}`, 'tarkistetaan', {});
  // Planted: a variance formula broken by a deleted column.
  put(sheet, `K${row(growthTop, 'materials')}`, formula(`J${row(growthTop, 'materials')}-#REF!`, { error: '#REF!' }), { numFmt: figureFormat });

  // Planted: a line pasted twice, an old copy whose variance still subtracts KS, not KS+LTA:t.
  const duplicate = employmentTop + rowOrder.length;
  const cells: Written[] = ['Työllisyyspalvelut', 1, 'Muut toimintakulut', 700.0, 25.0, formula(`D${duplicate}+E${duplicate}`, 725.0), 700.0,
    formula(`G${duplicate}+E${duplicate}`, 725.0), 290.2, 640.0, formula(`J${duplicate}-G${duplicate}`, -60.0)];
  cells.forEach((value, i) => put(sheet, `${String.fromCharCode(65 + i)}${duplicate}`, value, i >= 3 ? { numFmt: figureFormat } : {}));

  sheet.getColumn(1).width = 24;
  sheet.getColumn(3).width = 30;
  for (let c = 4; c <= 11; c++) sheet.getColumn(c).width = 13;
}

function writeUnit(
  sheet: ExcelJS.Worksheet,
  top: number,
  unit: string,
  level: number,
  inputs: Readonly<Record<Line, Inputs>>,
  children: readonly number[],
): void {
  rowOrder.forEach((line, offset) => {
    const r = top + offset;
    put(sheet, `A${r}`, unit);
    put(sheet, `B${r}`, level);
    put(sheet, `C${r}`, lineLabels[line]);
    const style = { numFmt: figureFormat };
    inputColumns.forEach((column, index) => {
      const result = valueOf(inputs, line, index) / 10;
      let written: Written;
      if (line === 'expenses') written = formula(`SUM(${column}${top + 2}:${column}${top + 7})`, result);
      else if (line === 'margin') written = formula(`${column}${top}-${column}${top + 1}+${column}${top + 8}`, result);
      else if (children.length > 0) written = formula(children.map((child) => `${column}${child + offset}`).join('+'), result);
      else written = inputs[line][index];
      put(sheet, `${column}${r}`, written, style);
    });
    const ta = valueOf(inputs, line, 0);
    const lta = valueOf(inputs, line, 1);
    const ks = valueOf(inputs, line, 2);
    const enn = valueOf(inputs, line, 4);
    put(sheet, `F${r}`, formula(`D${r}+E${r}`, (ta + lta) / 10), style);
    put(sheet, `H${r}`, formula(`G${r}+E${r}`, (ks + lta) / 10), style);
    put(sheet, `K${r}`, formula(`J${r}-H${r}`, (enn - ks - lta) / 10), style);
  });
}

/** Project portfolio in euros: a parent with only its margin, two projects under it. */
function writeProjects(sheet: ExcelJS.Worksheet): void {
  put(sheet, 'A1', 'ESR-hankkeet 1–6/2025, €', { bold: true });
  ['Yksikkö', 'Taso', 'Rivi', 'TP 2024', 'TA 2025', 'LTA:t 2025', 'TA+LTA:t 2025', 'KS+LTA:t 2025', 'TOT 1-6 2025', 'ENN 2025', 'Poikkeama'].forEach(
    (label, i) => put(sheet, `${String.fromCharCode(65 + i)}3`, label, { bold: true }),
  );
  const euro = { numFmt: '#,##0' };
  // TP, TA, LTA, KS+LTA, TOT, ENN per input line.
  const projects: readonly { name: string; top: number; lines: Readonly<Record<'income' | 'personnel' | 'services', readonly number[]>> }[] = [
    {
      name: 'TOTTA!-hanke',
      top: 5,
      lines: {
        income: [310000, 420000, 0, 420000, 198450, 415000],
        personnel: [402300, 455000, 0, 455000, 221870, 448000],
        services: [64100, 85000, 0, 85000, 37215, 80000],
      },
    },
    {
      name: 'International Work Lahti',
      top: 10,
      lines: {
        income: [180000, 260000, 40000, 300000, 151020, 305000],
        personnel: [251600, 330000, 30000, 360000, 176480, 352000],
        // Planted: one prior-year cost written negative.
        services: [-84500, 95000, 10000, 105000, 44950, 99000],
      },
    },
  ];
  const inputs = ['D', 'E', 'F', 'H', 'I', 'J'] as const;
  for (const { name, top, lines } of projects) {
    const labels = ['Toimintatuotot', 'Toimintakulut', 'Henkilöstökulut', 'Palvelujen ostot', 'Toimintakate'];
    labels.forEach((label, offset) => {
      put(sheet, `A${top + offset}`, name);
      put(sheet, `B${top + offset}`, 1);
      put(sheet, `C${top + offset}`, label);
    });
    const value = (line: 'income' | 'expenses' | 'personnel' | 'services' | 'margin', i: number): number =>
      line === 'expenses'
        ? lines.personnel[i] + lines.services[i]
        : line === 'margin'
          ? lines.income[i] - lines.personnel[i] - lines.services[i]
          : lines[line][i];
    inputs.forEach((column, i) => {
      put(sheet, `${column}${top}`, lines.income[i], euro);
      put(sheet, `${column}${top + 2}`, lines.personnel[i], euro);
      put(sheet, `${column}${top + 3}`, lines.services[i], euro);
      // Planted (TOTTA!, TOT 1-6): the SUM stops one row short and leaves out Palvelujen ostot.
      const short = name === 'TOTTA!-hanke' && column === 'I';
      const expenses = short ? lines.personnel[i] : value('expenses', i);
      put(sheet, `${column}${top + 1}`, formula(`SUM(${column}${top + 2}:${column}${top + (short ? 2 : 3)})`, expenses), euro);
      const margin = lines.income[i] - expenses;
      // Planted (TOTTA!, ENN): the margin typed over its formula (the number itself is right).
      const typed = name === 'TOTTA!-hanke' && column === 'J';
      put(sheet, `${column}${top + 4}`, typed ? margin : formula(`${column}${top}-${column}${top + 1}`, margin), euro);
    });
    for (let offset = 0; offset < 5; offset++) {
      const r = top + offset;
      const line = (['income', 'expenses', 'personnel', 'services', 'margin'] as const)[offset];
      put(sheet, `G${r}`, formula(`E${r}+F${r}`, value(line, 1) + value(line, 2)), euro);
      put(sheet, `K${r}`, formula(`J${r}-H${r}`, value(line, 5) - value(line, 3)), euro);
    }
  }
  // The portfolio row: the margin of both projects.
  put(sheet, 'A4', 'ESR-hankkeet');
  put(sheet, 'B4', 0);
  put(sheet, 'C4', 'Toimintakate');
  const projectMargin = (row: number, column: string): number => {
    // A formula cell's value drops a result of 0; its result does not.
    const cell = sheet.getCell(`${column}${row}`);
    return typeof cell.value === 'number' ? cell.value : Number(cell.result ?? 0);
  };
  for (const column of ['E', 'F', 'G', 'H', 'I', 'J', 'K']) {
    const sum = projectMargin(9, column) + projectMargin(14, column);
    put(sheet, `${column}4`, column === 'G' ? formula('E4+F4', sum) : column === 'K' ? formula('J4-H4', sum) : formula(`${column}9+${column}14`, sum), euro);
  }
  // Planted: last year's margin typed from an early draft; the projects' own TP figures say otherwise.
  put(sheet, 'D4', -231400, euro);
  sheet.getColumn(1).width = 26;
  sheet.getColumn(3).width = 20;
  for (let c = 4; c <= 11; c++) sheet.getColumn(c).width = 13;
}

/** A table of the city mission's funding without a forecast yet: its deviations cannot be computed. */
function writeMission(sheet: ExcelJS.Worksheet): void {
  put(sheet, 'A1', 'Kaupunkimissio 1–6/2025, 1000 €', { bold: true });
  put(sheet, 'A3', 'Yksikkö');
  put(sheet, 'B3', 'Rivi');
  put(sheet, 'C3', 'TA+LTA:t 2025');
  put(sheet, 'D3', 'TOT 1-6 2025');
  const rows: [string, number, number | Written][] = [
    ['Toimintatuotot', 850.0, 402.5],
    ['Toimintakulut', 1200.0, 566.1],
    ['Toimintakate', -350.0, -163.6],
  ];
  rows.forEach(([line, plan, actual], i) => {
    put(sheet, `A${4 + i}`, 'Kaupunkimissio');
    put(sheet, `B${4 + i}`, line);
    put(sheet, `C${4 + i}`, i === 2 ? formula('C4-C5', plan) : plan, { numFmt: figureFormat });
    put(sheet, `D${4 + i}`, i === 2 ? formula('D4-D5', actual as number) : actual, { numFmt: figureFormat });
  });
}

function writeStrategy(sheet: ExcelJS.Worksheet): void {
  put(sheet, 'A1', 'Kärkihankkeiden toteumat 1–6/2025', { bold: true });
  ['Tavoite', 'Toimenpiteet', 'Vastuutaho', 'Tila'].forEach((label, i) => put(sheet, `${String.fromCharCode(65 + i)}3`, label, { bold: true }));
  const measures: [string, string, string, string | null, string | null][] = [
    ['Hiilineutraali Lahti', 'Kestävän liikkumisen vuosi 2025', 'Kymp + koha + sivi', 'Tavoitteet toteutuivat', null],
    ['Hiilineutraali Lahti', 'Luontoaskel terveyteen -ohjelma', 'Sivi + koha', 'osittain', null],
    ['Osaava Lahti', 'TE24-palvelujen käynnistys', 'Koha', 'V', null],
    ['Osaava Lahti', 'International House -palvelut', 'Koha', 'grön', null],
    ['Elävä Lahti', 'Tapahtumaohjelma 2030', 'Koha', null, '#FF0000'],
    // Planted: a status no one can read.
    ['Elävä Lahti', 'Opiskelijoiden ajanviettotilat', 'Koha', 'ehkä', null],
  ];
  measures.forEach(([goal, measure, responsible, status, fill], i) => {
    const r = 4 + i;
    put(sheet, `A${r}`, goal);
    put(sheet, `B${r}`, measure);
    put(sheet, `C${r}`, responsible);
    put(sheet, `D${r}`, status, fill ? { fill } : {});
  });
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 36;
}

export function buildErrorsExample(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writeEconomy(workbook.addWorksheet('Talous'));
  writeProjects(workbook.addWorksheet('Hankkeet'));
  writeMission(workbook.addWorksheet('Kaupunkimissio'));
  writeStrategy(workbook.addWorksheet('Strategia'));
  workbook.worksheets.forEach(printOnePageWide);
  return workbook;
}
