/**
 * A ledger export in words the engine does not know, for mapping a table by hand: `Kohde`
 * (unit), `Porras` (level), `Erä` (line: Saadut yhteensä, Menot yhteensä, Palkkamenot,
 * Ostetut palvelut, Tulos), `Raami` (plan in force), `Kertymä` (actual), `Arvio` (forecast),
 * `Ero` (favourable deviation positive: plan − forecast for costs) and `Sit.` (binding marker),
 * in euros, costs positive. Two quarters of the same format, each with one planted error.
 */
import ExcelJS from 'exceljs';
import { newWorkbook, put, putRows, type Written } from './workbook-writing';

type Figures = readonly [plan: number, actual: number, forecast: number];

interface UnitFigures {
  readonly income: Figures;
  readonly personnel: Figures;
  readonly services: Figures;
}

export interface LedgerQuarter {
  readonly title: string;
  readonly actualHeader: string;
  readonly units: Readonly<Record<'Kasvu' | 'Työllisyys', UnitFigures>>;
  /** Cells typed over after the figures are written (the planted error). */
  readonly typedOver?: Readonly<Record<string, number>>;
}

export const ledgerQ2: LedgerQuarter = {
  title: 'Talousseuranta kohteittain 1–6/2025',
  actualHeader: 'Kertymä 1-6/2025',
  units: {
    Kasvu: {
      income: [3_200_000, 1_500_000, 3_600_000],
      personnel: [4_000_000, 1_900_000, 3_900_000],
      services: [8_000_000, 4_200_000, 8_700_000],
    },
    Työllisyys: {
      income: [1_800_000, 900_000, 1_750_000],
      personnel: [9_000_000, 4_400_000, 8_950_000],
      services: [17_000_000, 8_600_000, 17_100_000],
    },
  },
  // Kasvu's Tulos forecast typed 300 000 € off: a margin that does not follow from its lines.
  typedOver: { F13: -8_700_000 },
};

export const ledgerQ3: LedgerQuarter = {
  title: 'Talousseuranta kohteittain 1–9/2025',
  actualHeader: 'Kertymä 1-9/2025',
  units: {
    Kasvu: {
      income: [3_200_000, 2_400_000, 3_500_000],
      personnel: [4_000_000, 2_950_000, 3_950_000],
      services: [8_000_000, 6_300_000, 8_400_000],
    },
    Työllisyys: {
      income: [1_800_000, 1_300_000, 1_650_000],
      personnel: [9_000_000, 6_700_000, 9_050_000],
      services: [17_000_000, 13_100_000, 18_200_000],
    },
  },
  // Työllisyys' Ostetut palvelut deviation typed 50 000 € off.
  typedOver: { G17: -1_150_000 },
};

const lines = ['Saadut yhteensä', 'Menot yhteensä', 'Palkkamenot', 'Ostetut palvelut', 'Tulos'] as const;
type Line = (typeof lines)[number];

export function ledgerExport(quarter: LedgerQuarter): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Raportti');
  put(sheet, 'A1', quarter.title);
  put(sheet, 'A2', 'Luvut euroina');
  putRows(sheet, 3, 1, [['Kohde', 'Porras', 'Erä', 'Raami', quarter.actualHeader, 'Arvio', 'Ero', 'Sit.']]);
  const { Kasvu, Työllisyys } = quarter.units;
  const top = sum(Kasvu, Työllisyys);
  const rows: Written[][] = [
    ...unitRows('Elinvoima', 0, top, null),
    ...unitRows('Kasvu', 1, Kasvu, 'N'),
    ...unitRows('Työllisyys', 1, Työllisyys, 'N'),
  ];
  putRows(sheet, 4, 1, rows);
  for (const [address, value] of Object.entries(quarter.typedOver ?? {})) put(sheet, address, value);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(3).width = 18;
  for (const column of [4, 5, 6, 7]) sheet.getColumn(column).numFmt = '#,##0';
  return workbook;
}

function unitRows(name: string, level: number, figures: UnitFigures, binding: string | null): Written[][] {
  return lines.map((line) => {
    const [plan, actual, forecast] = lineFigures(figures, line);
    return [name, level, line, plan, actual, forecast, favourable(line, plan, forecast), binding];
  });
}

function lineFigures(figures: UnitFigures, line: Line): Figures {
  const expenses = add(figures.personnel, figures.services);
  switch (line) {
    case 'Saadut yhteensä':
      return figures.income;
    case 'Menot yhteensä':
      return expenses;
    case 'Palkkamenot':
      return figures.personnel;
    case 'Ostetut palvelut':
      return figures.services;
    case 'Tulos':
      return [0, 1, 2].map((i) => figures.income[i] - expenses[i]) as unknown as Figures;
  }
}

/** Ero: the deviation written so that favourable is positive (less cost, more income, a better result). */
function favourable(line: Line, plan: number, forecast: number): number {
  const cost = line === 'Menot yhteensä' || line === 'Palkkamenot' || line === 'Ostetut palvelut';
  return cost ? plan - forecast : forecast - plan;
}

function add(a: Figures, b: Figures): Figures {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function sum(a: UnitFigures, b: UnitFigures): UnitFigures {
  return {
    income: add(a.income, b.income),
    personnel: add(a.personnel, b.personnel),
    services: add(a.services, b.services),
  };
}
