export { parseFigureText, isNoValueText, type ParsedFigure } from './parse-figure';
export { figureOfCell, figureAt, toEuros, type FigureCellOptions } from './cell-figure';
