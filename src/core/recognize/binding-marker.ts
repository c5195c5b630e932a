/**
 * A binding marker column (`Sitovuus`, `Sitovuustaso`, `Bindning`, `Binding level`) beside a
 * budget table, as ledger exports print it: on the rows of each binding unit, `B` (brutto,
 * gross: its costs and income bind) or `N` (netto, net: its margin binds). Read from the
 * table's header row and rows; the column is no figure column, so the table itself is unchanged.
 */
import type { BindingMarkers, BudgetTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { normalizeText } from './text';
import { bindingMarkerLabel } from './column-labels';

const markerValues: Readonly<Record<string, 'net' | 'gross'>> = {
  b: 'gross',
  brutto: 'gross',
  gross: 'gross',
  bruttositova: 'gross',
  n: 'net',
  netto: 'net',
  net: 'net',
  nettositova: 'net',
};

/** The marker of a cell's text: net, gross, or null when it is none of the markers. */
export function bindingMarkerOf(text: string): 'net' | 'gross' | null {
  return markerValues[normalizeText(text).replace(/[.:]$/, '')] ?? null;
}

/** The table's binding marker column and its markers by row, or null when the header names none. */
export function readBindingMarkers(sheet: SheetSnapshot, table: BudgetTable): BindingMarkers | null {
  const { values, origin } = sheet;
  const header = values[table.headerRow - origin.row];
  if (!header) return null;
  const local = header.findIndex((value) => typeof value === 'string' && bindingMarkerLabel(value));
  if (local < 0) return null;
  const column = origin.column + local;
  const byRow: Record<number, 'net' | 'gross'> = {};
  const unreadable: { row: number; text: string }[] = [];
  for (const row of table.rows) {
    const value = values[row.row - origin.row]?.[local];
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    const marker = bindingMarkerOf(text);
    if (marker) byRow[row.row] = marker;
    else unreadable.push({ row: row.row, text });
  }
  return { column, label: String(header[local]).trim(), byRow, unreadable };
}
