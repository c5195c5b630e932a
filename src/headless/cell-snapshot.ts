/** The one conversion ExcelJS cell → snapshot cell lives in src/xlsx/cell.ts (H3); the host reuses it. */
export { cellSnapshot, type CellSnapshot } from '../xlsx/cell';
