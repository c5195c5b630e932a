/**
 * A ledger export with a binding marker column, as exports print it (`Sitovuus`: B gross,
 * N net): the council binds Sivistystoimi gross (its costs as the appropriation, its income as
 * the revenue estimate) and Tekninen toimi net (its margin). Figures in 1000 €, all adding up;
 * Sivistystoimi overruns its appropriation and falls short of its revenue estimate by 100 t€
 * each, while its margin alone would be 200 t€ worse than budgeted.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook, put, putRows } from './workbook-writing';

export function bindingMarker(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', 'Kaupunki, käyttötalouden toteutuminen 1–12/2024, 1000 €');
  putRows(sheet, 3, 1, [
    ['Yksikkö', 'Taso', 'Sitovuus', 'Rivi', 'TA 2024', 'TOT 1-12 2024'],
    ['Kaupunki', 0, null, 'Toimintatuotot', 3000, 3000],
    ['Kaupunki', 0, null, 'Toimintakulut', 8000, 8150],
    ['Kaupunki', 0, null, 'Toimintakate', -5000, -5150],
    ['Sivistystoimi', 1, 'B', 'Toimintatuotot', 1000, 900],
    ['Sivistystoimi', 1, 'B', 'Toimintakulut', 5000, 5100],
    ['Sivistystoimi', 1, 'B', 'Toimintakate', -4000, -4200],
    ['Tekninen toimi', 1, 'N', 'Toimintatuotot', 2000, 2100],
    ['Tekninen toimi', 1, 'N', 'Toimintakulut', 3000, 3050],
    ['Tekninen toimi', 1, 'N', 'Toimintakate', -1000, -950],
  ]);
  return workbook;
}
