/** What the headless host keeps beside ExcelJS's workbook and adds to the saved package. */

export type ChartPartType = 'ColumnClustered' | 'BarClustered' | 'BarStacked';

export interface ChartSeriesPart {
  name: string;
  /** Sheet-qualified cell of the name, e.g. 'Yhteenveto'!$C$5; '' writes the name as a literal. */
  nameRef: string;
  /** e.g. 'Yhteenveto'!$B$6:$B$7 */
  categoriesRef: string;
  valuesRef: string;
  /** Cached values, so viewers render without recalculating. */
  categories: string[];
  values: (number | null)[];
  /** '#RRGGBB', null = the theme's colour. */
  colour: string | null;
  /** Per point override, null = series colour. readExtras gives one entry per category. */
  pointColours: (string | null)[];
}

export interface ChartPart {
  /** Sheet name as saved. */
  sheet: string;
  name: string;
  type: ChartPartType;
  title: string;
  legend: 'Bottom' | 'Right' | 'None';
  valueAxisNumberFormat: string | null;
  /** 0-based top-left cell the chart covers. */
  from: { row: number; column: number };
  /** 0-based bottom-right cell the chart covers, inclusive (as Excel's `chart.setPosition(start, end)`). */
  to: { row: number; column: number };
  series: ChartSeriesPart[];
}

/** A defined name as the workbook stores it (ExcelJS drops sheet scope, comments and constant names). */
export interface DefinedNamePart {
  name: string;
  /** Without the leading '=': e.g. `'Yhteenveto'!$A$1` or `"summary"`. */
  formula: string;
  comment: string | null;
  /** Name of the sheet the name is scoped to (localSheetId); null = workbook scope. */
  sheet: string | null;
}

/** A relationship as kept: internal targets are part names in the original package. */
export interface KeptRelationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface KeptPart {
  /** Part name in the package it was read from (a fresh name is taken on write). */
  path: string;
  contentType: string;
  data: Uint8Array;
  relationships: KeptRelationship[];
}

/** One drawing object as written (the anchor element), with every part its relationships reach. */
export interface KeptAnchor {
  xml: string;
  /** The drawing's relationships the anchor refers to, by their original ids. */
  relationships: KeptRelationship[];
  parts: KeptPart[];
}

/**
 * Drawing objects of a sheet that ExcelJS drops and the host does not model: charts of other
 * types, shapes, text boxes. Opaque to the host: it hands them back on save under the sheet's
 * current name (and leaves out those of deleted sheets).
 */
export interface KeptDrawing {
  sheet: string;
  anchors: KeptAnchor[];
}

export interface PackageExtras {
  charts: ChartPart[];
  /** Office add-in settings (Office.context.document.settings / workbook.settings): key → JSON text. */
  settings: Record<string, string>;
  /**
   * Defined names other than Excel's own `_xlnm.*`. Absent on write: workbook.xml is left as it is.
   * readExtras always fills it.
   */
  names?: DefinedNamePart[];
  /** Drawing objects kept verbatim (see KeptDrawing). readExtras always fills it. */
  kept?: KeptDrawing[];
}
