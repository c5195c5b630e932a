/**
 * Properties of the engine on generated workbooks: grids of labels (line names, column headers,
 * unit names, random and hostile text), figures (numbers of every size, figures typed as text,
 * dashes), blanks, merges (blank cells beside their top-left one), Excel error values, dates and
 * truth values. The figure parser, recognition, the rules, the deviations and the report plan must
 * never throw; every finding names a cell of a sheet that exists and renders in fi, sv and en; and
 * no plan cell holds user text as a formula, nor reaches the workbook as one.
 *
 * `npm test` runs them with a fixed seed (test/properties/properties.test.ts); `npm run fuzz`
 * (scripts/fuzz.ts) runs a long search with a random seed and prints any counterexample.
 */
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { parseA1 } from '../../src/core/address';
import { parseFigureText } from '../../src/core/figures';
import { isPlannedFormula, type PlannedValue } from '../../src/core/plan';
import { renderFinding } from '../../src/core/render';
import { planReport } from '../../src/core/report';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { cellInput } from '../../src/excel/apply-report';
import { tDynamic } from '../../src/i18n';
import { languages } from '../../src/i18n/language';

const lineLabels = [
  'Toimintatuotot',
  'TOIMINTATUOTOT',
  'Myyntituotot',
  'Toimintakulut',
  'Henkilöstökulut',
  'Palvelujen ostot',
  'Aineet, tarvikkeet ja tavarat',
  'Avustukset',
  'Vuokrat',
  'Muut toimintakulut',
  'Valmistus omaan käyttöön',
  'Toimintakate',
  '4999 TOIMINTAKATE/JÄÄMÄ',
  'Verksamhetsintäkter',
  'Verksamhetsbidrag',
  'Operating income',
];
const headerLabels = [
  'Yksikkö',
  'Rivi',
  'Taso',
  'TP 2023',
  'TA 2024',
  'LTA:t',
  'TA+LTA:t',
  'KS',
  'KS+LTA:t 2024',
  'TOT 1-12 2024',
  'TOT 1-6',
  'ENN 2024',
  'Poikkeama',
  'Tot-%',
  'Toteutuma',
  '1000 €',
  'milj. €',
];
const unitNames = [
  'Elinvoiman palvelualue',
  'Kasvupalvelut',
  'Työllisyyspalvelut',
  '1200 Kasvupalvelut',
  'Toimintakate',
];
/** Text that a spreadsheet would make a formula, a number, a date or a truth value of, if written unprotected. */
export const hostileTexts = [
  '=HYPERLINK("http://example.invalid/","x")',
  '=1+1',
  '+A1',
  '-tulos',
  '@SUM(A1:A3)',
  '\t=1+1',
  '\r=1+1',
  'TRUE',
  '2024-06-30',
  '50 %',
  '1e5',
  "'",
  '{unit}',
  '#REF!',
];
const figureTexts = ['1 234,5', '-1 234', '(1 234)', '1.234.567', '−12,5', '12 %', '–', '-', '', ' ', 'n/a', '1,2,3'];
const errorValues = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];
const dateFormats = ['d.m.yyyy', 'mm-dd-yy', 'yyyy-mm-dd', '[$-40B]d. mmmm yyyy', 'h:mm'];

interface GeneratedCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string;
}

const plain = (value: CellValue, numberFormat = 'General'): GeneratedCell => ({ value, formula: null, numberFormat });

const numberArbitrary = fc.oneof(
  fc.integer({ min: -100_000_000, max: 100_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e-9, 0.000000001, 1e15, -1e15, 0.5, 499.999),
);

const cellArbitrary: fc.Arbitrary<GeneratedCell> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(plain(null)) },
  { weight: 6, arbitrary: numberArbitrary.map((n) => plain(n, '#,##0.0')) },
  { weight: 3, arbitrary: fc.constantFrom(...lineLabels).map((text) => plain(text)) },
  { weight: 2, arbitrary: fc.constantFrom(...headerLabels).map((text) => plain(text)) },
  { weight: 2, arbitrary: fc.constantFrom(...unitNames).map((text) => plain(text)) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileTexts).map((text) => plain(text)) },
  { weight: 2, arbitrary: fc.constantFrom(...figureTexts).map((text) => plain(text === '' ? null : text)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((text) => plain(text === '' ? null : text)) },
  { weight: 1, arbitrary: fc.constantFrom(...errorValues).map((error) => plain({ error })) },
  { weight: 1, arbitrary: fc.boolean().map((b) => plain(b)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom(...dateFormats))
      .map(([serial, format]) => plain(serial, format)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.oneof(
          numberArbitrary,
          fc.constant(null),
          fc.constantFrom(...errorValues).map((error) => ({ error })),
        ),
        fc.integer({ min: 1, max: 30 }),
      )
      .map(([value, row]) => ({ value, formula: `=SUM(C${row}:C${row + 3})`, numberFormat: '#,##0' })),
  },
);

/** A sheet: a rectangle of generated cells, often headed by a real header row so that recognition has work to do. */
const sheetArbitrary = (name: string): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), column: fc.integer({ min: 0, max: 3 }) }),
      header: fc.option(fc.shuffledSubarray(headerLabels, { minLength: 2, maxLength: 8 }), { freq: 2 }),
      rows: fc.integer({ min: 1, max: 18 }).chain((rows) =>
        fc.integer({ min: 1, max: 9 }).chain((columns) =>
          fc.array(fc.array(cellArbitrary, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          }),
        ),
      ),
    })
    .map(({ origin, header, rows }) => {
      const width = Math.max(rows[0].length, header?.length ?? 0);
      const pad = (cells: GeneratedCell[]) => [
        ...cells,
        ...Array.from({ length: width - cells.length }, () => plain(null)),
      ];
      const grid = [...(header ? [header.map((label) => plain(label))] : []), ...rows].map(pad);
      return {
        name,
        origin,
        values: grid.map((row) => row.map((cell) => cell.value)),
        formulas: grid.map((row) => row.map((cell) => cell.formula)),
        numberFormats: grid.map((row) => row.map((cell) => cell.numberFormat)),
      };
    });

/**
 * A sheet shaped like a long budget table (unit column, line column, plan and forecast columns,
 * a row per unit and line) whose cells are still anything: the rules, deviations and the report
 * plan get tables to work on, with hostile unit names and odd figures inside.
 */
const tableSheetArbitrary = (name: string): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      figureHeaders: fc.shuffledSubarray(
        ['TA 2024', 'KS+LTA:t 2024', 'TOT 1-12 2024', 'ENN 2024', 'Poikkeama', 'TP 2023'],
        {
          minLength: 2,
          maxLength: 5,
        },
      ),
      units: fc.array(fc.oneof(fc.constantFrom(...unitNames), fc.constantFrom(...hostileTexts)), {
        minLength: 1,
        maxLength: 4,
      }),
      lines: fc.shuffledSubarray(lineLabels, { minLength: 1, maxLength: 6 }),
    })
    .chain(({ figureHeaders, units, lines }) =>
      fc
        .array(
          fc.oneof(
            { weight: 8, arbitrary: numberArbitrary.map((n) => plain(n, '#,##0')) },
            { weight: 1, arbitrary: cellArbitrary },
          ),
          {
            minLength: units.length * lines.length * figureHeaders.length,
            maxLength: units.length * lines.length * figureHeaders.length,
          },
        )
        .map((figures) => {
          const grid: GeneratedCell[][] = [[plain('Yksikkö'), plain('Rivi'), ...figureHeaders.map((h) => plain(h))]];
          let next = 0;
          for (const unit of units) {
            for (const line of lines)
              grid.push([plain(unit), plain(line), ...figureHeaders.map(() => figures[next++])]);
          }
          return {
            name,
            origin: { row: 0, column: 0 },
            values: grid.map((row) => row.map((cell) => cell.value)),
            formulas: grid.map((row) => row.map((cell) => cell.formula)),
            numberFormats: grid.map((row) => row.map((cell) => cell.numberFormat)),
          };
        }),
    );

const sheetNames = ['Talous', 'Taulukko 1', "O'Brien", 'Yhteenveto', '=Kaava', 'Tulot & menot'];

export const workbookArbitrary: fc.Arbitrary<WorkbookSnapshot> = fc
  .shuffledSubarray(sheetNames, { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map((name) => fc.oneof(sheetArbitrary(name), tableSheetArbitrary(name)))))
  .map((sheets) => ({ sheets }));

/** Every string a workbook holds: what must never come back as a formula. */
function userTexts(snapshot: WorkbookSnapshot): Set<string> {
  const texts = new Set<string>();
  for (const sheet of snapshot.sheets) {
    texts.add(sheet.name);
    for (const row of sheet.values) for (const value of row) if (typeof value === 'string') texts.add(value);
  }
  return texts;
}

function checkFindings(snapshot: WorkbookSnapshot, analysis: ReturnType<typeof analyze>): void {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  for (const finding of analysis.findings) {
    const sheet = sheets.get(finding.sheet);
    if (!sheet) throw new Error(`finding ${finding.code} names a sheet that does not exist: ${finding.sheet}`);
    const cell = parseA1(finding.cell);
    if (!cell) throw new Error(`finding ${finding.code} names no A1 cell: ${finding.cell}`);
    const bottom = sheet.origin.row + sheet.values.length - 1;
    const right = sheet.origin.column + (sheet.values[0]?.length ?? 0) - 1;
    const inside =
      cell.row >= sheet.origin.row && cell.row <= bottom && cell.column >= sheet.origin.column && cell.column <= right;
    if (!inside && finding.cell !== 'A1') {
      throw new Error(`finding ${finding.code} names ${finding.sheet}!${finding.cell}, outside the sheet's cells`);
    }
    for (const language of languages) {
      // The template as written: every placeholder in it must be filled from the finding's data.
      const template = tDynamic(language, finding.messageId);
      const missing = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((key) => !(key in finding.data));
      const text = renderFinding(finding, language);
      if (text.trim() === '' || missing.length > 0) {
        throw new Error(
          `finding ${finding.messageId} renders badly in ${language} (no ${missing.join(', ')}): ${text}`,
        );
      }
    }
  }
}

function checkPlanCells(texts: ReadonlySet<string>, values: readonly (readonly PlannedValue[])[], where: string): void {
  for (const row of values) {
    for (const value of row) {
      if (isPlannedFormula(value)) {
        for (const text of texts) {
          if (text.length > 1 && value.formula.includes(text)) {
            throw new Error(
              `${where}: the planned formula ${value.formula} holds the user's text ${JSON.stringify(text)}`,
            );
          }
        }
      } else if (typeof value === 'string' && value !== '' && cellInput(value) !== `'${value}`) {
        throw new Error(`${where}: the text ${JSON.stringify(value)} would not be written with the text prefix`);
      }
    }
  }
}

export interface NamedProperty {
  readonly name: string;
  /** Runs in `npm test`; the fuzz run multiplies it. */
  readonly runs: number;
  /** Runs the property; the report of the smallest counterexample found, or null when every case held. */
  check(parameters: { readonly seed: number; readonly numRuns: number }): string | null;
}

function named<Ts extends unknown[]>(name: string, runs: number, property: fc.IProperty<Ts>): NamedProperty {
  return {
    name,
    runs,
    check: (parameters) =>
      fc.defaultReportMessage(fc.check(property, { ...parameters, includeErrorInReport: true })) ?? null,
  };
}

export const properties: readonly NamedProperty[] = [
  named(
    'the figure parser never throws, and gives a finite number or nothing',
    2000,
    fc.property(
      fc.oneof(
        fc.string(),
        fc.constantFrom(...figureTexts, ...hostileTexts),
        fc.stringMatching(/^[-−(]?[\d .,\u00a0]{0,14}[)%]?$/),
      ),
      (text) => {
        const parsed = parseFigureText(text);
        return parsed === null || Number.isFinite(parsed.value);
      },
    ),
  ),
  named(
    'recognition, rules and deviations never throw; every finding names an existing cell and renders in fi, sv, en',
    600,
    fc.property(workbookArbitrary, (snapshot) => {
      const analysis = analyze(snapshot);
      checkFindings(snapshot, analysis);
      for (const deviation of analysis.deviations) {
        if (!Number.isFinite(deviation.deviation)) throw new Error(`deviation ${deviation.cell} is not finite`);
        if (deviation.deviationPct !== null && !Number.isFinite(deviation.deviationPct)) {
          throw new Error(`deviation % at ${deviation.cell} is not finite`);
        }
      }
    }),
  ),
  named(
    'the report plan never throws, and no plan cell holds user text as a formula or writes it as one',
    300,
    fc.property(
      workbookArbitrary,
      fc.constantFrom(...languages),
      fc.constantFrom('milj' as const, 't' as const, 'eur' as const),
      fc.array(fc.constantFrom(...hostileTexts), { maxLength: 3 }),
      (snapshot, language, scale, comments) => {
        const analysis = analyze(snapshot);
        // Commentary typed by a controller, carried over onto the first deviations.
        const commentary = new Map(
          analysis.deviations.slice(0, comments.length).map((d, i) => [`${d.unitId}|${d.line}`, comments[i]] as const),
        );
        const plan = planReport(analysis, { language, scale, commentary, today: new Date(Date.UTC(2024, 11, 31)) });
        const texts = userTexts(snapshot);
        for (const comment of comments) texts.add(comment);
        for (const sheet of plan.sheets) checkPlanCells(texts, sheet.values, `${sheet.key}`);
      },
    ),
  ),
];
