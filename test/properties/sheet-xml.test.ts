/**
 * The fast reader against ExcelJS's full load on generated sheet XML: any mix of numbers, shared
 * and inline strings, truth values, errors and formulas, each cell spelled as some writer spells
 * it (attributes in any order, separated by spaces, tabs or line breaks, quoted either way, t="n"
 * written or not, the default style written or not, empty cells self-closing or not). Both readers
 * must give the same snapshot. And on XML broken anywhere, the fast reader ends with a snapshot or
 * with an XlsxReadError, never another exception. Fixed seed: the same cases on every run.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { readSnapshot, XlsxReadError } from '../../src/xlsx';
import { readSnapshotWithExcelJs } from '../../src/xlsx/read-with-exceljs';

const seed = 20_261_202;

const sharedStrings = ['Toimintakulut', '', 'R&amp;D &lt;1&gt;', 'Kasvupalvelut '];
const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>
  <fonts count="1"><font/></fonts>
  <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
    <fill><patternFill patternType="solid"><fgColor rgb="FFFFC000"/></patternFill></fill></fills>
  <borders count="1"><border/></borders>
  <cellXfs count="3"><xf numFmtId="0" fillId="0"/><xf numFmtId="164" fillId="0"/><xf numFmtId="0" fillId="2"/></cellXfs>
</styleSheet>`;

type Content =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'shared'; readonly index: number }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'formula'; readonly formula: string; readonly result: string }
  | { readonly kind: 'empty' };

const numberText = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => String(n)),
  fc.constantFrom('0', '-0.5', '1.5E3', '1E-7', '12345678901234567890', '.25'),
);
const content: fc.Arbitrary<Content> = fc.oneof(
  { weight: 5, arbitrary: numberText.map((text) => ({ kind: 'number' as const, text })) },
  {
    weight: 3,
    arbitrary: fc.nat({ max: sharedStrings.length - 1 }).map((index) => ({ kind: 'shared' as const, index })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Inline', 'a &amp; b', ' ').map((text) => ({ kind: 'inline' as const, text })),
  },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ kind: 'boolean' as const, value })) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A').map((text) => ({ kind: 'error' as const, text })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('A1*2', 'SUM(B1:B3)', '1/0'), numberText)
      .map(([formula, result]) => ({ kind: 'formula' as const, formula, result })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

interface Spelling {
  readonly separator: string;
  readonly quote: '"' | "'";
  readonly order: number;
  readonly explicitNumberType: boolean;
  readonly explicitDefaultStyle: boolean;
  readonly openEmpty: boolean;
  /** Without r="…": its place follows the cell before it. */
  readonly unaddressed: boolean;
}
const spelling: fc.Arbitrary<Spelling> = fc.record({
  separator: fc.constantFrom(' ', ' ', '\t', '\n ', '\r\n  '),
  quote: fc.constantFrom<'"' | "'">('"', '"', "'"),
  order: fc.nat({ max: 5 }),
  explicitNumberType: fc.boolean(),
  explicitDefaultStyle: fc.boolean(),
  openEmpty: fc.boolean(),
  unaddressed: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

interface GeneratedCell {
  readonly column: number;
  readonly style: number;
  readonly content: Content;
  readonly spelling: Spelling;
}

const letters = (column: number) => String.fromCharCode(65 + column);

function cellXml(row: number, cell: GeneratedCell): string {
  const { content, spelling: s } = cell;
  const q = s.quote;
  const type =
    content.kind === 'shared'
      ? 's'
      : content.kind === 'inline'
        ? 'inlineStr'
        : content.kind === 'boolean'
          ? 'b'
          : content.kind === 'error'
            ? 'e'
            : s.explicitNumberType
              ? 'n'
              : null;
  const attributes = [
    s.unaddressed ? null : `r=${q}${letters(cell.column)}${row}${q}`,
    cell.style > 0 || s.explicitDefaultStyle ? `s=${q}${cell.style}${q}` : null,
    type ? `t=${q}${type}${q}` : null,
  ].filter((a): a is string => a !== null);
  // One of the orders of the attributes.
  const ordered = [
    ...attributes.slice(s.order % attributes.length),
    ...attributes.slice(0, s.order % attributes.length),
  ];
  const tag = `<c${s.separator}${ordered.join(s.separator)}`;
  const inner =
    content.kind === 'number'
      ? `<v>${content.text}</v>`
      : content.kind === 'shared'
        ? `<v>${content.index}</v>`
        : content.kind === 'inline'
          ? `<is><t xml:space="preserve">${content.text}</t></is>`
          : content.kind === 'boolean'
            ? `<v>${content.value ? 1 : 0}</v>`
            : content.kind === 'error'
              ? `<v>${content.text}</v>`
              : content.kind === 'formula'
                ? `<f>${content.formula}</f><v>${content.result}</v>`
                : '';
  if (inner === '' && !s.openEmpty) return `${tag}/>`;
  return `${tag}>${inner}</c>`;
}

const rowsArbitrary = fc.array(
  fc.uniqueArray(fc.record({ column: fc.nat({ max: 7 }), style: fc.nat({ max: 2 }), content, spelling }), {
    selector: (cell) => cell.column,
    minLength: 1,
    maxLength: 6,
  }),
  { minLength: 1, maxLength: 12 },
);

/** The rows in column order, a cell without an address right after the cell before it (or in column A). */
function placed(rows: readonly (readonly GeneratedCell[])[]): GeneratedCell[][] {
  return rows.map((cells) => {
    const sorted = [...cells].sort((a, b) => a.column - b.column);
    const row: GeneratedCell[] = [];
    for (const cell of sorted) {
      const previous = row.at(-1);
      const column = cell.spelling.unaddressed ? (previous ? previous.column + 1 : 0) : cell.column;
      if (previous && column <= previous.column) continue;
      row.push({ ...cell, column });
    }
    return row;
  });
}

function sheetXml(rows: readonly (readonly GeneratedCell[])[]): string {
  const body = rows
    .map((cells, i) => `<row r="${i + 1}">${cells.map((cell) => cellXml(i + 1, cell)).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

async function packageOf(sheet: string): Promise<Uint8Array> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const officeRels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeRels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${main}" xmlns:r="${officeRels}"><sheets><sheet name="Talous" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${officeRels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${officeRels}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${officeRels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', styles);
  zip.file(
    'xl/sharedStrings.xml',
    `<sst xmlns="${main}" count="${sharedStrings.length}">${sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`,
  );
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('the fast reader reads every generated sheet as ExcelJS does, whatever the spelling of its cells', async () => {
  const result = await fc.check(
    fc.asyncProperty(rowsArbitrary.map(placed), async (rows) => {
      // ExcelJS cannot load a cell without an address at all: it reads each cell at the address it stands at.
      const addressed = rows.map((cells) =>
        cells.map((cell) => ({ ...cell, spelling: { ...cell.spelling, unaddressed: false } })),
      );
      const fast = await readSnapshot(await packageOf(sheetXml(rows)));
      expect(fast).toEqual(await readSnapshotWithExcelJs(await packageOf(sheetXml(addressed))));
    }),
    { seed, numRuns: 150 },
  );
  expect(fc.defaultReportMessage(result) ?? null).toBeNull();
}, 120_000);

test('on sheet XML broken anywhere, the fast reader gives a snapshot or an XlsxReadError, never another exception', async () => {
  const breakage = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    kind: fc.constantFrom('cut', 'insert', 'delete'),
    text: fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '<c',
      '<c r="',
      '</c>',
      '<v>',
      '</row>',
      '&',
      '<f t="shared" si="0"/>',
      'Z',
    ),
  });
  const result = await fc.check(
    fc.asyncProperty(rowsArbitrary.map(placed), breakage, async (rows, broken) => {
      const xml = sheetXml(rows);
      const at = Math.floor(broken.at * xml.length);
      const damaged =
        broken.kind === 'cut'
          ? xml.slice(0, at)
          : broken.kind === 'insert'
            ? xml.slice(0, at) + broken.text + xml.slice(at)
            : xml.slice(0, at) + xml.slice(at + broken.text.length);
      try {
        const snapshot = await readSnapshot(await packageOf(damaged));
        expect(snapshot.sheets).toHaveLength(1);
      } catch (error) {
        expect(error).toBeInstanceOf(XlsxReadError);
      }
    }),
    { seed, numRuns: 300 },
  );
  expect(fc.defaultReportMessage(result) ?? null).toBeNull();
}, 120_000);
