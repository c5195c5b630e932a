/**
 * Builds the bundled example workbooks (examples/*.xlsx) with ExcelJS. Run with
 * `npm run examples`; the files are committed so that the README's command works at once.
 *
 * elvo-q4-2024.xlsx mirrors the City of Lahti's follow-up report Q4/2024 for its vitality
 * service area (../shared/seed): block layout, 1 000 €, totals as formulas with their cached
 * results, and a strategy sheet with the five goals and the 22 measures (16 achieved, 6 partly).
 * elvo-q2-2025-errors.xlsx is a long-layout Q2 workbook with deliberate errors, listed with
 * their cells in examples/README.md.
 */
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { applyStyle, formula, newWorkbook, printOnePageWide, put, save, type CellStyle } from './support/workbook-writing';
import { buildErrorsExample } from './support/errors-example';

const examples = join(__dirname, '..', 'examples');
const figureFormat = '#,##0.0';

// ---------------------------------------------------------------------------------------------
// The economy: figures in tenths of 1 000 €, so that every total is exact.

type Scenario = 'tp' | 'ta' | 'lta' | 'ks' | 'tot';
type Figures = Readonly<Record<Scenario, number>>;
type InputLine = 'income' | 'personnel' | 'services' | 'materials' | 'grants' | 'rents' | 'other' | 'own';

/** From 1 000 € with one decimal to tenths. */
const f = (tp: number, ta: number, lta: number, ks: number, tot: number): Figures => ({
  tp: Math.round(tp * 10),
  ta: Math.round(ta * 10),
  lta: Math.round(lta * 10),
  ks: Math.round(ks * 10),
  tot: Math.round(tot * 10),
});

/**
 * Kasvupalvelut: the autumn supplementary budget cut expenses by 1.0 milj. € (purchased
 * services −0.4, strategic grants −0.6) and added 0.9 milj. € of income; income came in
 * 0.46 above the plan in force and expenses 1.38 below it, a margin deviation of +1.84.
 */
const growth: Readonly<Record<InputLine, Figures>> = {
  income: f(1986.3, 2352.3, 900.0, 2352.3, 3712.5),
  personnel: f(3702.4, 4010.5, 0, 3980.5, 3185.2),
  services: f(3914.6, 4185.8, -400.0, 4215.8, 3205.1),
  materials: f(141.0, 152.3, 0, 152.3, 118.6),
  grants: f(2480.3, 3870.0, -600.0, 3870.0, 3525.9),
  rents: f(598.7, 612.4, 0, 612.4, 604.2),
  other: f(75.6, 227.4, 0, 227.4, 39.1),
  own: f(0, 0, 0, 0, 0),
};

/**
 * Työllisyyspalvelut: the municipal share of labour market subsidy (18.0 milj. €, in grants)
 * overran its reservation by 2.0, covered by savings of 3.6 elsewhere; income 0.1 above
 * plan. Margin deviation +1.74.
 */
const employment: Readonly<Record<InputLine, Figures>> = {
  income: f(1204.8, 1690.6, 0, 1690.6, 1812.7),
  personnel: f(4105.2, 4862.0, 0, 4862.0, 3402.6),
  services: f(2374.3, 3125.4, 0, 3125.4, 2181.9),
  materials: f(83.1, 98.5, 0, 98.5, 61.8),
  grants: f(20126.4, 18000.0, 0, 18000.0, 19352.4),
  rents: f(512.6, 520.3, 0, 520.3, 498.7),
  other: f(116.8, 692.5, 0, 692.5, 180.1),
  own: f(0, 0, 0, 0, 0),
};

const expenseLines: readonly InputLine[] = ['personnel', 'services', 'materials', 'grants', 'rents', 'other'];

const lineLabels: Readonly<Record<InputLine, string>> = {
  income: 'Toimintatuotot',
  personnel: 'Henkilöstökulut',
  services: 'Palvelujen ostot',
  materials: 'Aineet, tarvikkeet ja tavarat',
  grants: 'Avustukset',
  rents: 'Vuokrat',
  other: 'Muut toimintakulut',
  own: 'Valmistus omaan käyttöön',
};

/** Columns of the Talous sheet: A label, then these. */
const columns = {
  tp: 'B',
  ta: 'C',
  lta: 'D',
  currentBudget: 'E',
  ks: 'F',
  currentPlan: 'G',
  tot: 'H',
  forecast: 'I',
  variance: 'J',
} as const;

const headers = ['', 'TP 2023', 'TA 2024', 'LTA:t 2024', 'TA+LTA:t 2024', 'KS 2024', 'KS+LTA:t 2024', 'TOT 1-12 2024', 'ENN 2024', 'Poikkeama'];

/** The rows of one unit's block, relative to its heading row. */
const offset = { income: 1, expenses: 2, personnel: 3, services: 4, materials: 5, grants: 6, rents: 7, other: 8, own: 9, margin: 10 };
const blockHeight = 11;

interface Block {
  readonly name: string;
  readonly level: number;
  readonly heading: number;
  /** The tenths of each input line and scenario. */
  readonly figures: Readonly<Record<InputLine, Figures>>;
  /** Rows of the child units' blocks whose sum this block's input lines are (the service area). */
  readonly children: readonly number[];
}

function sumFigures(parts: readonly Readonly<Record<InputLine, Figures>>[]): Record<InputLine, Figures> {
  const result = {} as Record<InputLine, Figures>;
  for (const line of Object.keys(lineLabels) as InputLine[]) {
    const sum = (scenario: Scenario) => parts.reduce((total, part) => total + part[line][scenario], 0);
    result[line] = { tp: sum('tp'), ta: sum('ta'), lta: sum('lta'), ks: sum('ks'), tot: sum('tot') };
  }
  return result;
}

function writeEconomy(sheet: ExcelJS.Worksheet): void {
  put(sheet, 'A1', 'Elinvoiman palvelualue – talouden seuranta 1–12/2024, 1 000 €', { bold: true });
  put(sheet, 'A2', 'Kulut positiivisina lukuina. Poikkeama = ENN − (KS+LTA:t). Sitova taso: vastuualueiden toimintakate.');
  headers.forEach((label, i) => put(sheet, `${String.fromCharCode(65 + i)}3`, label, { bold: true }));
  const first = 4;
  const blocks: Block[] = [
    { name: 'Elinvoiman palvelualue', level: 0, heading: first, figures: sumFigures([growth, employment]), children: [first + blockHeight, first + 2 * blockHeight] },
    { name: 'Kasvupalvelut', level: 1, heading: first + blockHeight, figures: growth, children: [] },
    { name: 'Työllisyyspalvelut', level: 1, heading: first + 2 * blockHeight, figures: employment, children: [] },
  ];
  for (const block of blocks) writeBlock(sheet, block);
  sheet.getColumn(1).width = 34;
  for (let c = 2; c <= headers.length; c++) sheet.getColumn(c).width = 14;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  printOnePageWide(sheet);
}

function writeBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  const h = block.heading;
  put(sheet, `A${h}`, block.name, { indent: block.level, bold: true });
  const row = (line: keyof typeof offset) => h + offset[line];
  const labelStyle = (line: keyof typeof offset): CellStyle => ({
    indent: block.level + (expenseLines.includes(line as InputLine) ? 2 : 1),
    bold: line === 'margin',
  });

  // Tenths of every line (inputs and the two totals) per scenario, for the cached results.
  const value = (line: keyof typeof offset, scenario: Scenario): number => {
    if (line === 'expenses') return expenseLines.reduce((sum, l) => sum + block.figures[l][scenario], 0);
    if (line === 'margin') return value('income', scenario) - value('expenses', scenario) + value('own', scenario);
    return block.figures[line][scenario];
  };
  const cell = (line: keyof typeof offset, scenario: Scenario): string => `${columns[scenario]}${row(line)}`;
  const lines = Object.keys(offset) as (keyof typeof offset)[];
  for (const line of lines) {
    const r = row(line);
    put(sheet, `A${r}`, line === 'expenses' ? 'Toimintakulut' : line === 'margin' ? 'Toimintakate' : lineLabels[line], labelStyle(line));
    for (const scenario of ['tp', 'ta', 'lta', 'ks', 'tot'] as const) {
      const tenths = value(line, scenario);
      const result = tenths / 10;
      const column = columns[scenario];
      let written;
      if (line === 'expenses') {
        written = formula(`SUM(${column}${row('personnel')}:${column}${row('other')})`, result);
      } else if (line === 'margin') {
        written = formula(`${cell('income', scenario)}-${cell('expenses', scenario)}+${cell('own', scenario)}`, result);
      } else if (block.children.length > 0) {
        // The service area's lines add up its responsibility areas' lines.
        written = formula(block.children.map((child) => `${column}${child + offset[line]}`).join('+'), result);
      } else {
        written = result;
      }
      put(sheet, `${column}${r}`, written, { numFmt: figureFormat, bold: line === 'margin' });
    }
    const currentBudget = (value(line, 'ta') + value(line, 'lta')) / 10;
    const currentPlan = (value(line, 'ks') + value(line, 'lta')) / 10;
    const forecast = value(line, 'tot') / 10;
    const variance = (value(line, 'tot') - value(line, 'ks') - value(line, 'lta')) / 10;
    const style = { numFmt: figureFormat, bold: line === 'margin' };
    put(sheet, `${columns.currentBudget}${r}`, formula(`${columns.ta}${r}+${columns.lta}${r}`, currentBudget), style);
    put(sheet, `${columns.currentPlan}${r}`, formula(`${columns.ks}${r}+${columns.lta}${r}`, currentPlan), style);
    // At year end the forecast is the year's actual.
    put(sheet, `${columns.forecast}${r}`, formula(`${columns.tot}${r}`, forecast), style);
    put(sheet, `${columns.variance}${r}`, formula(`${columns.forecast}${r}-${columns.currentPlan}${r}`, variance), style);
  }
}

// ---------------------------------------------------------------------------------------------
// Strategy: Kärkihankkeiden toteumat 2024

type Status = 'achieved' | 'partly';

interface MeasureRow {
  readonly name: string;
  readonly responsible: string;
  readonly target: string;
  readonly indicator: string;
  readonly risks: string;
  readonly done: string;
  readonly status: Status;
  /** How the controller happened to write it. */
  readonly written: string;
}

const goals: readonly { readonly goal: string; readonly measures: readonly MeasureRow[] }[] = [
  {
    goal: 'Hiilineutraali Lahti',
    measures: [
      m('Kestävän liikkumisen vuosi 2025, valmistelu', 'Kymp + koha + sivi', 'Teemavuoden ohjelma valmis 2024', 'Ohjelma valmis, kyllä/ei', 'Rahoituksen niukkuus', 'Teemavuoden ohjelma ja kumppanuudet valmisteltu.', 'achieved', 'Tavoitteet toteutuivat'),
      m('Vauhditamme siirtymistä kestävään energiaan', 'Koha + kymp', 'Uusiutuvan energian osuus kasvaa', 'Päästöt, t CO2e', 'Investointien viivästyminen', 'Ilmastobudjetti otettu käyttöön taloussuunnittelussa.', 'achieved', 'toteutui'),
      m('Edistämme asukkaiden hyvinvointia ja terveyttä luontolähtöisesti', 'Sivi + koha + kymp', 'Luontoaskel terveyteen -ohjelma', 'Toteutetut toimenpiteet, kpl', 'Resurssit', 'Miniterveysmetsät Lanun aukiolle ja kirjastolle.', 'achieved', 'vihreä'),
      m('Parannamme tapahtumien hiilineutraaliusedellytyksiä', 'Koha', 'Tapahtumien päästöt laskettu', 'Laskentamalli käytössä, kyllä/ei', 'Järjestäjien sitoutuminen', 'Laskentamalli pilotoitu, käyttöönotto kesken.', 'partly', 'osittain'),
      m('Yritysyhteistyö ilmasto- ja luontotavoitteissa', 'Koha', 'Yritysyhteistyö tiivistyy', 'Mukana olevat yritykset, kpl', 'Yritysten kiinnostus', 'Ilmastosopimus ja Mission Label; luontotavoite hyväksytty.', 'achieved', 'Tavoitteet toteutuivat'),
    ],
  },
  {
    goal: 'Osaava Lahti',
    measures: [
      m('Opiskelukaupunkikehittämisen selvitystyö ja toimeenpanosuunnitelma', 'Koha', 'Selvitys ja suunnitelma 2023–2024', 'Suunnitelma valmis, kyllä/ei', 'Rahoitus', 'Lahti viides opiskelukaupunkien selvityksessä.', 'achieved', 'toteutui'),
      m('Toisen asteen ammatillisen koulutuksen ohjauksen ja yhteistyön kehittäminen', 'Koha + sivi', 'Yhteistyö Salpauksen kanssa', 'Sopimukset, kpl', 'Valtion rahoitusleikkaukset', 'Puitesopimus Salpauksen kanssa allekirjoitettu 31.12.2024.', 'achieved', 'vihreä'),
      m('Lahden korkeakoulukampuksen ja opiskelija-asuntojen suunnitelmat', 'Koha + kymp', 'Kampussuunnitelma valmis', 'Suunnitelma valmis, kyllä/ei', 'Investointien aikataulu', 'Kampuskehittäminen käynnissä, suunnitelma kesken.', 'partly', 'Tavoitteet toteutuivat osittain'),
      m('Houkuttelemme uusia yrityksiä ja systematisoimme yritysyhteistyötä', 'Koha', 'Sijoittuvien yritysten työpaikat kasvavat', 'Uudet työpaikat, kpl', 'Suhdanne', 'Woodio Oy:n sijoittuminen varmistettu; 100 uutta työpaikkaa.', 'achieved', 'Tavoitteet toteutuivat'),
      m('Kansainvälisten palveluiden (International House) kehittäminen', 'Koha', 'Palvelukonsepti käytössä', 'Asiointikäynnit, kpl', 'Rahoituksen jatkuvuus', 'International House -käyntejä 7 156.', 'achieved', 'toteutui'),
      m('TE25-uudistus ja koulutusrajapinnan kehittäminen', 'Koha', 'Palvelut siirtyvät kunnalle 1.1.2025', 'Valmistelun vaiheet aikataulussa', 'Valtion päätösten viivästyminen', 'Palvelusuunnitelma 2.0 hyväksytty; ICT-integraatiot osin kesken.', 'partly', 'keltainen'),
      m('Yrittäjyyskasvatus -yhteistyö yritysten ja järjestöjen kanssa', 'Koha + sivi', 'Yrityskylään osallistuvat 6. ja 9. luokat', 'Osallistuneet luokat, %', 'Koulujen resurssit', 'Kaikki 6. ja 9. luokat osallistuivat.', 'achieved', 'vihreä'),
    ],
  },
  {
    goal: 'Elävä Lahti',
    measures: [
      m('Laadimme tapahtumainfran kehittämissuunnitelman', 'Koha', 'Suunnitelma valmis 2024', 'Suunnitelma valmis, kyllä/ei', 'Investointivarat', 'Suunnitelma laadittu ja käsitelty.', 'achieved', 'Tavoitteet toteutuivat'),
      m('Laadimme ja otamme käyttöön tapahtumaohjelman toimenpidesuunnitelman', 'Koha', 'Tapahtumaohjelma 2030 käytössä', 'Ohjelma hyväksytty, kyllä/ei', 'Kumppanien sitoutuminen', 'Kasvu- ja kehittämisohjelma 2030 hyväksytty joulukuussa 2024.', 'achieved', 'toteutui'),
      m('Tarjoamme opiskelijoille ajanviettotiloja keskustaan', 'Koha', 'Sopiva tila löydetty', 'Tila käytössä, kyllä/ei', 'Sopivia tiloja ei ole tarjolla; rahoitus', 'Toimitilat Lanun aukiolla käytettävissä, käyttö vasta alkamassa.', 'partly', 'osittain'),
    ],
  },
  {
    goal: 'Hyvinvoiva Lahti',
    measures: [
      m('Liikunnallisen elämäntavan edistäminen', 'Koha + kymp + sivi', 'Arkiliikunta lisääntyy', 'Kestävien kulkumuotojen osuus, %', 'Ihmisten asenne', 'Kulkutapaosuus 41 % (tavoite > 50 % 2030); liikkumisohjelmat syksyllä 2025.', 'partly', 'keltainen'),
      m('Dialogitaitojen laajentaminen kuntalaisille', 'Koha + kymp + sivi', 'Osallisuuden kokemus kasvaa', 'Dialogeihin osallistuneet, lkm', 'Kuntalaisten osallistuminen', 'Hyvin sanottu -festivaali; Skididialogeissa 449 lasta.', 'achieved', 'Tavoitteet toteutuivat'),
    ],
  },
  {
    goal: 'Houkutteleva työyhteisö Lahti',
    measures: [
      m('Kirkastamme kaupungin arvot', 'Koha + kymp + sivi', 'Arvot kirkastettu yhdessä henkilöstön kanssa', 'Osallistuneet, lkm', 'Osallistuminen jää vähäiseksi', 'Arvotyöhön osallistui yli 500 työntekijää.', 'achieved', 'vihreä'),
      m('Vahvistamme yhteisöllisyyttä laadukkaalla vuorovaikutuksella', 'Koha + kymp + sivi', 'Kokouskäytännöt uudistuvat', 'TYHY-kysely', 'Koulutuksiin ei osallistuta', 'Koulutussarja yli 35 henkilölle, NPS yli 80.', 'achieved', 'toteutui'),
      m('Työhyvinvointia edistävät hyvät käytännöt ovat käytössä kaikissa yksiköissä', 'Koha + kymp + sivi', 'Vastaus-% 70, kehityskeskustelut 100 %', 'Vastaus-%, kehityskeskustelut %', 'Sitoutuminen', 'Vastaus-% 70 toteutui; kehityskeskustelujen 100 % ei toteutunut.', 'partly', 'Tavoitteet toteutuivat osittain'),
      m('Valmentavan johtamisen työkalut ovat laajassa käytössä esihenkilöillä', 'Koha + kymp + sivi', 'Valmentava johtaminen arjessa', 'Esihenkilöosion keskiarvo', 'Opit unohtuvat', 'Kertauskoulutukset ja 16 videota; ka 3,76.', 'achieved', 'Tavoitteet toteutuivat'),
      m('Luomme edellytykset TE-24 uudistuksen henkilöstön onnistuneelle siirrolle', 'Koha', 'Kaikki valmista 1.1.2025', 'Hankesuunnitelman mukainen eteneminen', 'Uudistus viivästyy', '117 henkilöä siirtyi; tilat ja laitteet valmiina.', 'achieved', 'vihreä'),
    ],
  },
];

function m(name: string, responsible: string, target: string, indicator: string, risks: string, done: string, status: Status, written: string): MeasureRow {
  return { name, responsible, target, indicator, risks, done, status, written };
}

/** Controllers paint the status cell as well as writing it. */
const statusFills: Readonly<Record<Status, string>> = { achieved: '#00B050', partly: '#FFFF00' };

function writeStrategy(sheet: ExcelJS.Worksheet): void {
  put(sheet, 'A1', 'Kärkihankkeiden toteumat 2024 – Elinvoiman palvelualue', { bold: true });
  const header = ['Toimenpiteet', 'Vastuutaho', 'Lähtö / Tavoitetaso', 'Mittari', 'Tunnistetut riskit', 'Tehdyt toimenpiteet ja mittarien arvot', 'Tila'];
  header.forEach((label, i) => put(sheet, `${String.fromCharCode(65 + i)}3`, label, { bold: true }));
  let row = 4;
  for (const { goal, measures } of goals) {
    put(sheet, `A${row++}`, goal, { bold: true });
    for (const measure of measures) {
      const cells = [measure.name, measure.responsible, measure.target, measure.indicator, measure.risks, measure.done];
      cells.forEach((text, i) => put(sheet, `${String.fromCharCode(65 + i)}${row}`, text));
      const status = put(sheet, `G${row}`, measure.written);
      applyStyle(status, { fill: statusFills[measure.status] });
      // Wrapped texts need room: ExcelJS does not size rows to their text.
      sheet.getRow(row).height = 45;
      row++;
    }
  }
  [46, 20, 32, 28, 28, 52, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (let column = 1; column <= header.length; column++) sheet.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  printOnePageWide(sheet);
}

export function buildQ4Example(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writeEconomy(workbook.addWorksheet('Talous'));
  writeStrategy(workbook.addWorksheet('Strategia'));
  return workbook;
}

export const measureCount = goals.reduce((n, goal) => n + goal.measures.length, 0);

async function main(): Promise<void> {
  await save(buildQ4Example(), join(examples, 'elvo-q4-2024.xlsx'));
  console.log(`wrote ${join(examples, 'elvo-q4-2024.xlsx')}`);
  await save(buildErrorsExample(), join(examples, 'elvo-q2-2025-errors.xlsx'));
  console.log(`wrote ${join(examples, 'elvo-q2-2025-errors.xlsx')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
