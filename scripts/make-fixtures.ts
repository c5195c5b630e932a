/**
 * Writes the small real .xlsx files the reader, engine and command-line tests open
 * (test/fixtures/). Run with `npm run fixtures`; the files are committed. Each fixture
 * states one case; test/fixtures/README.md lists them. libreoffice-q4.xlsx needs LibreOffice
 * (`libreoffice` on the PATH); without it that one file is kept as it is.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildQ4Example } from './make-examples';
import { ledgerExport, ledgerQ2, ledgerQ3 } from './support/ledger-export';
import {
  binaryWorkbook,
  chartSheetOnly,
  dateFigures,
  emptyFile,
  hostileText,
  openDocumentSpreadsheet,
  pdfFile,
  plainZip,
  tinyPlan,
  farCells,
  wordDocument,
} from './support/hostile-fixtures';
import { allPartsWorkbook } from './support/all-parts';
import {
  budgetChain,
  sideBySide,
  statementBlocks,
  unitColumnsExport,
  unitsNamedLikeLines,
} from './support/layout-fixtures';
import { buildLapua2024 } from './support/lapua-2024';
import { bindingMarker } from './support/binding-fixtures';
import { formula, newWorkbook, packageBytes, put, putRows, save, type Written } from './support/workbook-writing';

const directory = join(__dirname, '..', 'test', 'fixtures');
const oneDecimal = '#,##0.0';

/** Traffic-light fills as controllers paint status cells (Excel's standard colours). */
export const statusFill = { green: '#00B050', yellow: '#FFFF00', red: '#FF0000' } as const;

type Build = () => Promise<Uint8Array | ExcelJS.Workbook | null> | Uint8Array | ExcelJS.Workbook;

const fixtures: Record<string, Build> = {
  'long-level.xlsx': () => longLevel(),
  'long-codes.xlsx': () => longCodes(),
  'block-indent.xlsx': () => blockIndent(),
  'block-codes.xlsx': () => blockCodes(),
  'labels-sv.xlsx': () => labelsSwedish(),
  'labels-en.xlsx': () => labelsEnglish(),
  'number-text.xlsx': () => numberText(),
  'error-values.xlsx': () => errorValues(),
  'formulas.xlsx': () => formulas(),
  'cell-kinds.xlsx': () => cellKinds(),
  'strategy-forms.xlsx': () => strategyForms(),
  'scale-euro.xlsx': () => scaleVariant('€', 1),
  'scale-teur.xlsx': () => scaleVariant('t€', 1000),
  'scale-milj.xlsx': () => scaleVariant('milj. €', 1_000_000),
  'costs-negative.xlsx': () => costsNegative(),
  'no-table.xlsx': () => noTable(),
  'lapua-2024.xlsx': () => buildLapua2024(),
  'binding-marker.xlsx': () => bindingMarker(),
  'not-xlsx.xlsx': () => new TextEncoder().encode('Yksikkö;Rivi;TA 2024\nKasvupalvelut;Toimintatuotot;2352,3\n'),
  'corrupt.xlsx': () => corrupt(),
  'encrypted.xlsx': () => encryptedPackage(),
  'libreoffice-q4.xlsx': () => savedByLibreOffice(buildQ4Example()),
  'ledger-q2.xlsx': () => ledgerExport(ledgerQ2),
  'ledger-q3.xlsx': () => ledgerExport(ledgerQ3),
  'hostile-text.xlsx': () => hostileText(),
  'date-figures.xlsx': () => dateFigures(),
  'tiny-plan.xlsx': () => tinyPlan(),
  'far-cells.xlsx': () => farCells(buildQ4Example()),
  'empty.xlsx': () => emptyFile(),
  'pdf.xlsx': () => pdfFile(),
  'plain-zip.xlsx': () => plainZip(),
  'word-document.xlsx': () => wordDocument(),
  'chart-sheet-only.xlsx': () => chartSheetOnly(),
  'legacy-xls.xlsx': () => legacyWorkbook(),
  'binary-xlsb.xlsx': () => binaryWorkbook(),
  'opendocument.xlsx': () => openDocumentSpreadsheet(),
  'all-parts.xlsx': () => allPartsWorkbook(),
  'statement-blocks.xlsx': () => statementBlocks(),
  'unit-columns-export.xlsx': () => unitColumnsExport(),
  'budget-chain.xlsx': () => budgetChain(),
  'side-by-side.xlsx': () => sideBySide(),
  'units-named-like-lines.xlsx': () => unitsNamedLikeLines(),
};

// ---------------------------------------------------------------------------------------------
// Layouts

/** Long layout: a unit column, a level column, one row per unit and line, 1000 €. */
function longLevel(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', 'Elinvoiman palvelualue, talouden seuranta 1–12/2024, 1000 €');
  putRows(sheet, 3, 1, [
    ['Yksikkö', 'Taso', 'Rivi', 'TA 2024', 'KS+LTA:t 2024', 'TOT 1-12 2024', 'ENN 2024', 'Poikkeama'],
  ]);
  const rows: [string, number, string, number, number, number][] = [
    ['Elinvoiman palvelualue', 0, 'Toimintatuotot', 4000, 4900, 5500],
    ['Elinvoiman palvelualue', 0, 'Toimintakulut', 40000, 39000, 36000],
    ['Elinvoiman palvelualue', 0, 'Toimintakate', -36000, -34100, -30500],
    ['Kasvupalvelut', 1, 'Toimintatuotot', 2400, 3300, 3700],
    ['Kasvupalvelut', 1, 'Toimintakulut', 13000, 12000, 10500],
    ['Kasvupalvelut', 1, 'Toimintakate', -10600, -8700, -6800],
    ['Työllisyyspalvelut', 1, 'Toimintatuotot', 1600, 1600, 1800],
    ['Työllisyyspalvelut', 1, 'Toimintakulut', 27000, 27000, 25500],
    ['Työllisyyspalvelut', 1, 'Toimintakate', -25400, -25400, -23700],
  ];
  rows.forEach(([unit, level, line, budget, plan, actual], i) => {
    const row = 4 + i;
    putRows(
      sheet,
      row,
      1,
      [[unit, level, line, budget, plan, actual, actual, formula(`G${row}-E${row}`, actual - plan)]],
      {
        numFmt: oneDecimal,
      },
    );
  });
  return workbook;
}

/** Long layout with a cost-centre code column: a child's code starts with its parent's code. */
function longCodes(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Kustannuspaikat');
  putRows(sheet, 1, 1, [['Kustannuspaikka', 'Nimi', 'Rivi', 'TA 2024', 'TOT 1-12 2024', 'ENN 2024']]);
  putRows(sheet, 2, 1, [
    ['12', 'Elinvoima', 'Toimintakulut', 300000, 290000, 290000],
    ['1210', 'Kasvupalvelut', 'Toimintakulut', 100000, 95000, 95000],
    ['1220', 'Työllisyyspalvelut', 'Toimintakulut', 200000, 195000, 195000],
  ]);
  return workbook;
}

const blockLines: readonly [string, number, number, number][] = [
  // line, TA, TOT, ENN (1000 €)
  ['Toimintatuotot', 2400, 3712.5, 3712.5],
  ['Toimintakulut', 13000, 10678.1, 10678.1],
  ['Valmistus omaan käyttöön', 0, 0, 0],
  ['Toimintakate', -10600, -6965.6, -6965.6],
];

/** Block layout: unit heading rows with empty figure cells, levels by indentation. */
function blockIndent(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', 'Talouden seuranta 1–12/2024, 1 000 €');
  putRows(sheet, 3, 1, [['', 'TA 2024', 'TOT 1-12 2024', 'ENN 2024']]);
  let row = 4;
  for (const [unit, indent] of [
    ['Elinvoiman palvelualue', 0],
    ['Kasvupalvelut', 1],
    ['Työllisyyspalvelut', 1],
  ] as const) {
    put(sheet, `A${row}`, unit, { indent, bold: true });
    row++;
    // The service area is the sum of its two responsibility areas, which share figures here.
    const times = indent === 0 ? 2 : 1;
    for (const [line, budget, actual, forecast] of blockLines) {
      put(sheet, `A${row}`, line, { indent: indent + 1 });
      putRows(sheet, row, 2, [[budget * times, actual * times, forecast * times]], { numFmt: oneDecimal });
      row++;
    }
  }
  return workbook;
}

/** Block layout whose unit headings carry codes ('1210 Kasvupalvelut'). */
function blockCodes(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  putRows(sheet, 1, 1, [['1000 €', 'TA 2024', 'ENN 2024']]);
  let row = 2;
  for (const unit of ['12 Elinvoima', '1210 Kasvupalvelut', '1220 Työllisyyspalvelut']) {
    put(sheet, `A${row++}`, unit);
    const times = unit.startsWith('12 ') ? 2 : 1;
    putRows(sheet, row, 1, [['Toimintatuotot', 1000 * times, 1100 * times]]);
    putRows(sheet, row + 1, 1, [['Toimintakulut', 5000 * times, 4800 * times]]);
    putRows(sheet, row + 2, 1, [['Toimintakate', -4000 * times, -3700 * times]]);
    row += 3;
  }
  return workbook;
}

function labelsSwedish(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Ekonomi');
  put(sheet, 'A1', 'Uppföljning 1–12/2024, 1000 €');
  putRows(sheet, 3, 1, [
    [
      'Enhet',
      'Nivå',
      'Rad',
      'Bokslut 2023',
      'Budget 2024',
      'Gällande dispositionsplan 2024',
      'Utfall 1-12 2024',
      'Prognos 2024',
      'Avvikelse',
    ],
    ['Tillväxttjänster', 0, 'Verksamhetsintäkter', 2000, 2400, 3300, 3700, 3700, formula('H5-F5', 400)],
    ['Tillväxttjänster', 0, 'Verksamhetskostnader', 10900, 13000, 12000, 10600, 10600, formula('H6-F6', -1400)],
    ['Tillväxttjänster', 0, 'Verksamhetsbidrag', -8900, -10600, -8700, -6900, -6900, formula('H7-F7', 1800)],
  ]);
  return workbook;
}

function labelsEnglish(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Finance');
  put(sheet, 'A1', 'Monitoring 1–12/2024, EUR 1000 (1000 €)');
  putRows(sheet, 3, 1, [
    [
      'Unit',
      'Level',
      'Line',
      'Prior year 2023',
      'Original budget 2024',
      'Current operating plan 2024',
      'Actual 1-12 2024',
      'Forecast 2024',
      'Variance',
    ],
    ['Growth services', 0, 'Operating income', 2000, 2400, 3300, 3700, 3700, formula('H5-F5', 400)],
    ['Growth services', 0, 'Operating expenses', 10900, 13000, 12000, 10600, 10600, formula('H6-F6', -1400)],
    ['Growth services', 0, 'Operating margin', -8900, -10600, -8700, -6900, -6900, formula('H7-F7', 1800)],
  ]);
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// Cell contents

/** Every form in which a figure arrives as text, in the forecast column of a long table (€). */
export const numberTexts: readonly (readonly [string, number | null])[] = [
  ['1 234,5', 1234.5],
  ['1\u00a0234,5', 1234.5],
  ['1\u202f234,5', 1234.5],
  ['-1 234', -1234],
  ['\u22121 234', -1234],
  ['(1 234)', -1234],
  ['1.234.567', 1234567],
  ['12 %', 12],
  ['–', null],
  ['noin tuhat', null],
];

function numberText(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Luvut');
  putRows(sheet, 1, 1, [['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024', 'Muoto']]);
  numberTexts.forEach(([text], i) => {
    putRows(sheet, 2 + i, 1, [[`Yksikkö ${i + 1}`, 'Toimintakulut', 1000, text, 'teksti']]);
  });
  return workbook;
}

function errorValues(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Virheet');
  putRows(sheet, 1, 1, [
    ['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024'],
    ['Kasvupalvelut', 'Toimintatuotot', 2400, { error: '#REF!' }],
    ['Kasvupalvelut', 'Toimintakulut', { error: '#N/A' }, 10678.1],
    ['Kasvupalvelut', 'Toimintakate', -10600, formula('D2-D3', { error: '#DIV/0!' })],
  ]);
  return workbook;
}

function formulas(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Kaavat');
  putRows(sheet, 1, 1, [
    ['Rivi', 'TA 2024', 'ENN 2024'],
    ['Henkilöstökulut', 100.5, 90.25],
    ['Palvelujen ostot', 200, 210],
    ['Toimintakulut', formula('SUM(B2:B3)', 300.5), formula('SUM(C2:C3)', 300.25)],
    ['Teksti', formula('"a"&"b"', 'ab'), formula('C4>B4', false)],
    ['Valmistus omaan käyttöön', 0, 0, formula('C6-B6', 0)],
  ]);
  // A shared formula written the way Excel writes a filled-down column: master and clones.
  sheet.getCell('D2').value = {
    formula: 'C2-B2',
    result: -10.25,
    shareType: 'shared',
    ref: 'D2:D4',
  } as ExcelJS.CellValue;
  sheet.getCell('D3').value = { sharedFormula: 'D2', result: 10 } as ExcelJS.CellValue;
  sheet.getCell('D4').value = { sharedFormula: 'D2', result: -0.25 } as ExcelJS.CellValue;
  put(sheet, 'D1', 'Poikkeama');
  return workbook;
}

/** Cell kinds the snapshot must flatten: rich text, hyperlinks, dates, booleans, merges, indents, fills. */
function cellKinds(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Solut');
  put(sheet, 'B2', { richText: [{ text: 'Toiminta', bold: true }, { text: 'kate' }] });
  put(sheet, 'C2', { text: 'Lahti', hyperlink: 'https://www.lahti.fi/' });
  put(sheet, 'D2', new Date(Date.UTC(2024, 11, 31)), { numFmt: 'd.m.yyyy' });
  put(sheet, 'E2', true);
  put(sheet, 'B3', 'Kasvupalvelut', { indent: 2 });
  put(sheet, 'C3', 1234.5, { numFmt: '# ##0,0 "t€"' });
  put(sheet, 'D3', null, { fill: statusFill.green });
  put(sheet, 'E3', 'Yhdistetty');
  sheet.mergeCells('E3:F3');
  put(sheet, 'B4', '');
  return workbook;
}

/** A measures table with statuses in every form: labels, short words, colour words, letters, symbols, fills, sv and en. */
export const strategyStatuses: readonly (readonly [
  string,
  Written,
  string | null,
  'achieved' | 'partly' | 'not-achieved' | null,
])[] = [
  // measure, status cell value, fill, expected status
  ['Kestävän liikkumisen vuosi', 'Tavoitteet toteutuivat', null, 'achieved'],
  ['Kestävä energia', 'Tavoitteet toteutuivat osittain', null, 'partly'],
  ['Luontoaskel terveyteen', 'Tavoitteet eivät toteutuneet', null, 'not-achieved'],
  ['Tapahtumien hiilineutraalius', 'toteutui', null, 'achieved'],
  ['Yritysyhteistyö', 'osittain', null, 'partly'],
  ['Opiskelukaupunki', 'ei', null, 'not-achieved'],
  ['Kampussuunnitelma', 'vihreä', null, 'achieved'],
  ['International House', 'keltainen', null, 'partly'],
  ['TE25-uudistus', 'punainen', null, 'not-achieved'],
  ['Yrittäjyyskasvatus', 'green', null, 'achieved'],
  ['Tapahtumainfra', 'Yellow', null, 'partly'],
  ['Tapahtumaohjelma', 'grön', null, 'achieved'],
  ['Ajanviettotilat', 'gul', null, 'partly'],
  ['Liikunnallinen elämäntapa', 'röd', null, 'not-achieved'],
  ['Dialogitaidot', null, statusFill.green, 'achieved'],
  ['Kaupungin arvot', null, statusFill.yellow, 'partly'],
  ['Yhteisöllisyys', null, statusFill.red, 'not-achieved'],
  ['Valmentava johtaminen', 'V', null, 'achieved'],
  ['TE24-siirto', 'K', null, 'partly'],
  ['Arvotyö', 'P', null, 'not-achieved'],
  ['Kotoutuminen', 'Målen uppnåddes delvis', null, 'partly'],
  ['Elinvoimakumppanuus', 'Goals achieved', null, 'achieved'],
  ['Startup-selvitys', '🟢', null, 'achieved'],
  ['Työhyvinvointi', 'mahdoton', null, null],
];

function strategyForms(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Strategia');
  putRows(sheet, 1, 1, [['Toimenpiteet', 'Vastuutaho', 'Mittari', 'Tila']]);
  put(sheet, 'A2', 'Hiilineutraali Lahti', { bold: true });
  let row = 3;
  strategyStatuses.forEach(([measure, status, fill], i) => {
    if (i === 9) put(sheet, `A${row++}`, 'Osaava Lahti', { bold: true });
    putRows(sheet, row, 1, [[measure, 'Koha + kymp + sivi', 'kyllä/ei']]);
    put(sheet, `D${row}`, status, fill ? { fill } : {});
    row++;
  });
  return workbook;
}

/** The same small long table at another display scale; the figures read as written. */
function scaleVariant(label: string, factor: number): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', `Kasvupalvelut 1–12/2024, ${label}`);
  const euros = [3_712_500, 10_678_100, -6_965_600];
  putRows(sheet, 3, 1, [['Yksikkö', 'Rivi', 'KS+LTA:t 2024', 'ENN 2024']]);
  const plan = [3_252_300, 12_058_400, -8_806_100];
  ['Toimintatuotot', 'Toimintakulut', 'Toimintakate'].forEach((line, i) => {
    putRows(sheet, 4 + i, 1, [['Kasvupalvelut', line, plan[i] / factor, euros[i] / factor]]);
  });
  return workbook;
}

/** Costs written as negative numbers throughout: a consistent convention, not an error. */
function costsNegative(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', 'Kasvupalvelut 1–12/2024, 1000 €');
  putRows(sheet, 3, 1, [
    ['Yksikkö', 'Rivi', 'KS+LTA:t 2024', 'ENN 2024'],
    ['Kasvupalvelut', 'Toimintatuotot', 3252.3, 3712.5],
    ['Kasvupalvelut', 'Toimintakulut', -12058.4, -10678.1],
    ['Kasvupalvelut', 'Henkilöstökulut', -3980.5, -3185.2],
    ['Kasvupalvelut', 'Muut toimintakulut', -8077.9, -7492.9],
    ['Kasvupalvelut', 'Toimintakate', formula('C5+C6', -8806.1), formula('D5+D6', -6965.6)],
  ]);
  return workbook;
}

function noTable(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Muistiinpanot');
  putRows(sheet, 1, 1, [['Kokouksen muistiinpanot'], ['Ei lukuja tällä välilehdellä.']]);
  return workbook;
}

/**
 * The Q4 example as LibreOffice Calc saves it: another writer's XML (its own styles, shared
 * strings and formula markup), so the reader is tested on more than ExcelJS's output.
 */
async function savedByLibreOffice(workbook: ExcelJS.Workbook): Promise<Uint8Array | null> {
  const directory = mkdtempSync(join(tmpdir(), 'budget-monitor-lo-'));
  try {
    await save(workbook, join(directory, 'in.xlsx'));
    try {
      execFileSync('libreoffice', ['--version'], { stdio: 'ignore' });
    } catch {
      console.warn('libreoffice not found: keeping test/fixtures/libreoffice-q4.xlsx as it is');
      return null;
    }
    execFileSync(
      'libreoffice',
      [
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(directory, 'out'),
        join(directory, 'in.xlsx'),
      ],
      {
        env: { ...process.env, HOME: directory },
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    return new Uint8Array(readFileSync(join(directory, 'out', 'in.xlsx')));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Files that are not readable workbooks

async function corrupt(): Promise<Uint8Array> {
  const whole = await packageBytes(longLevel());
  // The zip's local headers survive; its central directory at the end is cut off.
  return whole.slice(0, Math.floor(whole.length / 2));
}

/**
 * A password-protected .xlsx is an OLE compound file holding 'EncryptionInfo' and
 * 'EncryptedPackage' streams; a legacy .xls (Excel 97–2003) is one holding a 'Workbook' stream.
 * This writes that container's header and directory (the content itself is filler): enough for
 * any reader to tell what the file is.
 */
function encryptedPackage(): Uint8Array {
  return compoundFile(['EncryptionInfo', 'EncryptedPackage']);
}

function legacyWorkbook(): Uint8Array {
  return compoundFile(['Workbook', '\u0005SummaryInformation']);
}

function compoundFile(streams: readonly [string, string]): Uint8Array {
  const sector = 512;
  const file = new Uint8Array(sector * 4);
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  view.setUint16(0x1e, 9, true); // sector shift: 2^9
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
  // FAT (sector 0 in file offset 512): sector 0 is the FAT, 1 the directory, 2 the package.
  const fat = sector;
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  view.setUint32(fat + 8, 0xfffffffe, true);
  for (let i = 3; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  // Directory (sector 1): Root Entry and the two streams.
  const entries: [string, number, number][] = [
    ['Root Entry', 5, 0],
    [streams[0], 2, 0],
    [streams[1], 2, 2],
  ];
  entries.forEach(([name, type, start], i) => {
    const at = sector * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    file[at + 0x42] = type;
    file[at + 0x43] = 1; // black node
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, i === 1 ? 3 : 0xffffffff, true);
    view.setUint32(at + 0x4c, i === 0 ? 1 : 0xffffffff, true);
    view.setUint32(at + 0x74, start === 0 && type === 5 ? 0xfffffffe : start, true);
    view.setUint32(at + 0x78, type === 5 ? 0 : 64, true);
  });
  file.fill(0xa5, sector * 3); // the encrypted package: filler
  return file;
}

async function main(): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const [name, build] of Object.entries(fixtures)) {
    const built = await build();
    const path = join(directory, name);
    if (built === null) continue;
    if (built instanceof Uint8Array) writeFileSync(path, built);
    else await save(built, path);
    console.log(`wrote ${path}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
