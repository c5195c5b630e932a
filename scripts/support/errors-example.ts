import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbook-writing';

export function buildErrorsExample(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.addWorksheet('Talous');
  return workbook;
}
