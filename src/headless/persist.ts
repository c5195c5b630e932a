/**
 * Between the in-memory model and the package: what ExcelJS keeps stays in its workbook; conditional
 * formats are taken out on load (so each Office rule has a stable id) and put back on save; charts,
 * settings and defined names go through the OOXML extras (src/headless/ooxml/).
 */
import type ExcelJS from 'exceljs';
import { formatRect, parseArea, type Rect } from './address';
import { BookModel, isVisible, type CellRef, type ChartModel, type SeriesModel } from './book';
import { findCell } from './cells';
import { cellSnapshot } from './cell-snapshot';
import { seriesName } from './objects/charts';
import { formatRef, type ChartPart, type PackageExtras } from './ooxml';

/** Fields ExcelJS's worksheet has and its typings leave out (the tab order, the conditional formats). */
interface WorksheetInternals {
  orderNo: number;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** ExcelJS writes these sheet-view attributes though its typings do not list them. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean; activeCell?: string };

export function importWorkbookModel(wb: ExcelJS.Workbook): BookModel {
  const book = new BookModel(wb);
  for (const ws of wb.worksheets) {
    const sheet = book.adopt(ws);
    const rules = internals(ws).conditionalFormattings.flatMap((formatting) =>
      formatting.rules.map((rule) => ({ ref: formatting.ref, rule })),
    );
    // Office lists rules by priority; the sort is stable for rules of equal priority.
    rules.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
    sheet.conditionalFormats = rules.map(({ ref, rule }) => ({
      id: book.newId(1),
      areas: ref
        .split(/\s+/)
        .filter(Boolean)
        .map((area) => parseArea(area)?.rect)
        .filter((rect): rect is Rect => rect !== undefined),
      rule,
    }));
    internals(ws).conditionalFormattings = [];
  }
  // Names come whole from the package (readExtras): ExcelJS keeps only some of them.
  wb.definedNames.model = [];
  const activeTab = wb.views?.[0]?.activeTab ?? 0;
  const active = book.sheets[activeTab];
  book.activeSheet = active && isVisible(active) ? active : (book.sheets.find(isVisible) ?? book.sheets[0] ?? null);
  return book;
}

function refOf(book: BookModel, ref: string): CellRef | null {
  const area = ref ? parseArea(ref) : null;
  const sheet = area?.sheet ? book.findSheet(area.sheet) : null;
  return area && sheet ? { sheet, rect: area.rect } : null;
}

export function importExtras(book: BookModel, extras: PackageExtras): void {
  for (const [key, value] of Object.entries(extras.settings)) book.settings.set(key, value);
  for (const name of extras.names ?? []) {
    const sheet = name.sheet === null ? null : book.findSheet(name.sheet);
    if (name.sheet !== null && !sheet) continue;
    book.names.push({
      name: name.name,
      formula: `=${name.formula}`,
      comment: name.comment ?? '',
      visible: true,
      sheet,
    });
  }
  for (const drawing of extras.kept ?? []) {
    const sheet = book.findSheet(drawing.sheet);
    if (sheet) sheet.keptDrawings.push(...drawing.anchors);
  }
  for (const part of extras.charts) {
    const sheet = book.findSheet(part.sheet);
    if (!sheet) continue;
    const series: SeriesModel[] = [];
    for (const item of part.series) {
      const values = refOf(book, item.valuesRef);
      if (!values) continue;
      series.push({
        nameRef: refOf(book, item.nameRef),
        name: item.name,
        categories: refOf(book, item.categoriesRef),
        values,
        colour: item.colour,
        pointColours: [...item.pointColours],
      });
    }
    const chart: ChartModel = {
      id: book.newId(2),
      name: part.name,
      type: part.type,
      title: part.title,
      legendPosition: part.legend === 'None' ? 'Right' : part.legend,
      legendVisible: part.legend !== 'None',
      from: { ...part.from },
      to: { ...part.to },
      valueAxisNumberFormat: part.valueAxisNumberFormat,
      series,
    };
    sheet.charts.push(chart);
  }
}

export function prepareForSave(book: BookModel): void {
  const wb = book.wb;
  book.sheets.forEach((sheet, index) => {
    internals(sheet.ws).orderNo = index + 1;
    internals(sheet.ws).conditionalFormattings = sheet.conditionalFormats.map((cf, priority) => ({
      ref: cf.areas.map((rect) => formatRect(rect)).join(' '),
      rules: [{ ...cf.rule, priority: priority + 1 }],
    }));
    const selected = sheet === book.activeSheet;
    const [view, ...others]: SheetView[] = sheet.ws.views?.length ? sheet.ws.views : [{ state: 'normal' }];
    const selection =
      book.selection?.sheet === sheet
        ? formatRect({ ...book.selection.rect, bottom: book.selection.rect.top, right: book.selection.rect.left })
        : undefined;
    const views: SheetView[] = [
      { ...view, tabSelected: selected, ...(selection ? { activeCell: selection } : {}) },
      ...others,
    ];
    sheet.ws.views = views as ExcelJS.WorksheetView[];
  });
  const activeTab = book.activeSheet ? book.sheets.indexOf(book.activeSheet) : 0;
  const [bookView, ...otherViews] = wb.views?.length
    ? wb.views
    : [{ x: 0, y: 0, width: 12000, height: 24000, visibility: 'visible' } as ExcelJS.WorkbookView];
  wb.views = [{ ...bookView, activeTab, firstSheet: Math.min(bookView.firstSheet ?? 0, activeTab) }, ...otherViews];
  wb.definedNames.model = [];
  if (book.sheets.some((sheet) => sheet.writtenFormulas.size > 0)) {
    // Excel and LibreOffice then compute what the host left without a cached result.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  }
}

function cellText(ref: CellRef, row: number, column: number): string {
  const cell = findCell(ref.sheet.ws, row, column);
  const value = cell ? cellSnapshot(cell).value : null;
  if (value === null) return '';
  return typeof value === 'object' ? value.error : String(value);
}

function cellNumber(ref: CellRef, row: number, column: number): number | null {
  const cell = findCell(ref.sheet.ws, row, column);
  const value = cell ? cellSnapshot(cell).value : null;
  return typeof value === 'number' ? value : null;
}

function cellsOf<V>(ref: CellRef, read: (ref: CellRef, row: number, column: number) => V): V[] {
  const result: V[] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    for (let c = ref.rect.left; c <= ref.rect.right; c++) result.push(read(ref, r, c));
  }
  return result;
}

function refText(ref: CellRef): string {
  return formatRef(ref.sheet.name, formatRect(ref.rect));
}

export function exportExtras(book: BookModel): PackageExtras {
  const charts: ChartPart[] = [];
  for (const sheet of book.sheets) {
    for (const chart of sheet.charts) {
      const series = chart.series.filter((item) => !item.values.sheet.deleted);
      charts.push({
        sheet: sheet.name,
        name: chart.name,
        type: chart.type,
        title: chart.title,
        // The package models bottom and right legends; other Office positions are saved on the right.
        legend: !chart.legendVisible ? 'None' : chart.legendPosition === 'Bottom' ? 'Bottom' : 'Right',
        valueAxisNumberFormat: chart.valueAxisNumberFormat,
        from: { ...chart.from },
        to: { ...chart.to },
        series: series.map((item) => ({
          name: seriesName(item),
          nameRef: item.nameRef && !item.nameRef.sheet.deleted ? refText(item.nameRef) : '',
          categoriesRef: item.categories && !item.categories.sheet.deleted ? refText(item.categories) : '',
          valuesRef: refText(item.values),
          categories: item.categories && !item.categories.sheet.deleted ? cellsOf(item.categories, cellText) : [],
          values: cellsOf(item.values, cellNumber),
          colour: item.colour,
          pointColours: [...item.pointColours],
        })),
      });
    }
  }
  return {
    charts,
    settings: Object.fromEntries(book.settings),
    kept: book.sheets
      .filter((sheet) => sheet.keptDrawings.length > 0)
      .map((sheet) => ({ sheet: sheet.name, anchors: sheet.keptDrawings })),
    names: book.names.map((item) => ({
      name: item.name,
      formula: item.formula.replace(/^=/, ''),
      comment: item.comment === '' ? null : item.comment,
      sheet: item.sheet?.name ?? null,
    })),
  };
}
