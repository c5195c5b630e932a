/**
 * What the workbench's grid shows, read from the workbook as saved (.xlsx bytes), so that the
 * grid shows exactly what a user would get on download: values, fills, the add-in's flags
 * (conditional formats) and charts.
 */
import ExcelJS from 'exceljs';
import { readExtras } from '../headless/ooxml';
import { cellSnapshot } from '../xlsx/cell';
import { columnIndex, parseA1, type CellValue } from '../core';
import type { Language } from '../i18n';
import { formatNumberAs } from './number-format';

export interface GridCell {
  readonly value: CellValue;
  /** Excel's number format of the cell ('General' when none). */
  readonly numberFormat: string;
  readonly numeric: boolean;
  readonly fill: string | null;
  /** The fill of a conditional format over the cell (the add-in's flags). */
  readonly flag: string | null;
  readonly bold: boolean;
}

export interface GridSheet {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Keyed by `${row},${column}`, 0-based. */
  readonly cells: ReadonlyMap<string, GridCell>;
  readonly charts: readonly { readonly name: string; readonly title: string; readonly anchor: string }[];
  readonly flagCount: number;
}

export interface GridBook {
  readonly sheets: readonly GridSheet[];
}

const maxRows = 200;
const maxColumns = 30;

export async function readGrid(xlsx: Uint8Array): Promise<GridBook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const extras = await readExtras(xlsx);
  const sheets: GridSheet[] = [];
  workbook.eachSheet((worksheet) => {
    if ((worksheet.state ?? 'visible') !== 'visible') return;
    const flags = flagFills(worksheet);
    const cells = new Map<string, GridCell>();
    let rowCount = 0;
    let columnCount = 0;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > maxRows) return;
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (columnNumber > maxColumns) return;
        const snapshot = cellSnapshot(cell);
        const key = `${rowNumber - 1},${columnNumber - 1}`;
        const font = cell.font as Partial<ExcelJS.Font> | undefined;
        cells.set(key, {
          value: snapshot.value,
          numberFormat: snapshot.numberFormat,
          numeric: typeof snapshot.value === 'number',
          fill: snapshot.fill,
          flag: flags.get(key) ?? null,
          bold: Boolean(font?.bold),
        });
        rowCount = Math.max(rowCount, rowNumber);
        columnCount = Math.max(columnCount, columnNumber);
      });
    });
    for (const key of flags.keys()) {
      if (cells.has(key)) continue;
      const [r, c] = key.split(',').map(Number);
      if (r >= maxRows || c >= maxColumns) continue;
      cells.set(key, {
        value: null,
        numberFormat: 'General',
        numeric: false,
        fill: null,
        flag: flags.get(key)!,
        bold: false,
      });
      rowCount = Math.max(rowCount, r + 1);
      columnCount = Math.max(columnCount, c + 1);
    }
    const charts = extras.charts
      .filter((chart) => chart.sheet === worksheet.name)
      .map((chart) => ({
        name: chart.name,
        title: chart.title,
        anchor: `R${chart.from.row + 1}C${chart.from.column + 1}`,
      }));
    sheets.push({
      name: worksheet.name,
      rowCount: Math.max(rowCount, 20),
      columnCount: Math.max(columnCount, 8),
      cells,
      charts,
      flagCount: flags.size,
    });
  });
  return { sheets };
}

/** The fill each cell gets from conditional formats (expression rules with a fill), by `${row},${column}`. */
function flagFills(worksheet: ExcelJS.Worksheet): Map<string, string> {
  const fills = new Map<string, string>();
  const formats =
    (worksheet as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] })
      .conditionalFormattings ?? [];
  for (const format of formats) {
    for (const rule of format.rules) {
      const fill = (rule as { style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } } }).style
        ?.fill;
      const argb = fill?.bgColor?.argb ?? fill?.fgColor?.argb;
      if (!argb) continue;
      const colour = `#${argb.slice(-6)}`;
      for (const area of format.ref.split(/\s+/)) {
        for (const key of cellsOf(area)) if (!fills.has(key)) fills.set(key, colour);
      }
    }
  }
  return fills;
}

function cellsOf(area: string): string[] {
  const [first, last = first] = area.replace(/\$/g, '').split(':');
  const start = parseA1(first);
  const end = parseA1(last);
  if (!start || !end) return [];
  const keys: string[] = [];
  for (let r = start.row; r <= Math.min(end.row, maxRows); r++) {
    for (let c = start.column; c <= Math.min(end.column, maxColumns); c++) keys.push(`${r},${c}`);
  }
  return keys;
}

/** What Excel shows in the cell: a number under its number format, in the separators of the user's language. */
export function cellText(cell: GridCell, language: Language): string {
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'number') return formatNumberAs(value, cell.numberFormat, language);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if ('error' in value) return value.error;
  return String(value);
}

/** 'C7' → `${row},${column}` key of the grid. */
export function keyOfCell(address: string): string | null {
  const cell = parseA1(address.split(':')[0].replace(/\$/g, ''));
  return cell ? `${cell.row},${cell.column}` : null;
}

export { columnIndex };
