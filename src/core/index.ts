/**
 * The public API of the functional core: everything the Office layer, the task pane, the
 * command line and the report use. Pure TypeScript: no Office.js, no DOM, no Node.
 */
export * from './model';
export * from './settings';
export * from './plan';
export * from './snapshot';
export * from './far-cells';
export * from './address';
export * from './colours';
export { errorMessage } from './error-message';

export { analyze, sortFindings } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { planFlags } from './flags';
export { renderFinding } from './render';
export type { FindingMessageId } from '../i18n/catalogs/findings';

export { parseFigureText, isNoValueText, figureOfCell, toEuros } from './figures';
export type { ParsedFigure, FigureCellOptions } from './figures';
export {
  recognizeTables,
  recognizeSheet,
  periodOf,
  columnLabelOf,
  lineOfLabel,
  scaleIn,
  defaultScale,
} from './recognize';
export type { ColumnLabel } from './recognize';
export { parseStatus, statusOfFill, recognizeStrategy } from './strategy';

export {
  rules,
  workbookRules,
  validateTable,
  validateWorkbook,
  defineRule,
  defineWorkbookRule,
  toleranceOf,
  displayedUnit,
  bindingLevel,
} from './rules';
export type {
  Rule,
  WorkbookRule,
  RuleCode,
  RuleContext,
  WorkbookContext,
  RuleMessages,
  MessageShape,
  Placeholder,
  FindingOf,
  FindingOfRule,
  ValidateOptions,
} from './rules';
export {
  computeDeviations,
  colourOf,
  directionOf,
  orientation,
  costsWrittenNegative,
  planColumn,
  forecastColumn,
} from './deviations';

export {
  planReport,
  reportPeriod,
  commentaryKey,
  readCommentary,
  isCommentaryPlaceholder,
  parsePeriod,
  periodLabel,
  quarterOf,
  findPeriod,
  samePeriod,
  isReportScale,
  reportScales,
} from './report';
export type { ReportOptions, ReportScale, CommentaryShape } from './report';
export * from './mapping';
export {
  reportMarkerPrefix,
  reportSheetKeys,
  reportMarkerName,
  reportKeyOfName,
  reportMarkerFormat,
  reportKeyOfNumberFormat,
} from './report-markers';
