export { parseFigureText, isNoValueText, type ParsedFigure } from './parse-figure';
export { figureOfCell, toEuros, type FigureCellOptions } from './cell-figure';
