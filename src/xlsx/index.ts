export { readSnapshot } from './read-snapshot';
export { cellSnapshot, excelSerial, fillColour, type CellSnapshot, type CellSource } from './cell';
export { XlsxReadError, classifyContainer, type XlsxReadFailure } from './errors';
export { translateFormula } from './shared-formula';
export { WorkbookPackage, type PackageSheet, type SheetCells } from './read-package';
export type { Extent } from './grid';
