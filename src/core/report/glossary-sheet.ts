/** The Glossary sheet (Sanasto): the brief's glossary and the traffic lights, in the report's language. */
import { flagFill, flagFont } from '../colours';
import type { SheetPlan } from '../plan';
import { looks, type ReportContext } from './context';
import { createGrid } from './grid';
import { writeTable } from './table';

/** The abbreviations as workbooks write them (Finnish, in every language), with their catalogue stem. */
const terms = [
  ['TA', 'TA'],
  ['LTA, LTA:t', 'LTA'],
  ['TA+LTA:t', 'TALTA'],
  ['KS', 'KS'],
  ['KS+LTA:t', 'KSLTA'],
  ['TOT', 'TOT'],
  ['ENN', 'ENN'],
  ['Poikkeama', 'Poikkeama'],
  ['TP', 'TP'],
  ['Toimintatuotot', 'income'],
  ['Toimintakulut', 'expenses'],
  ['Valmistus omaan käyttöön', 'ownProduction'],
  ['Toimintakate', 'margin'],
  ['Vuosikate', 'annualMargin'],
  ['Sitovuustaso', 'binding'],
  ['HTV', 'HTV'],
  ['Palvelualue / vastuualue / tulosyksikkö', 'hierarchy'],
] as const;

export function planGlossary(context: ReportContext): SheetPlan {
  const { text } = context;
  const grid = createGrid();
  grid.set(0, 0, text('report.glossary.title'));
  grid.format(0, 0, 0, 0, looks.title);
  grid.gap();
  const wrapped = { wrapText: true, verticalAlignment: 'Top' } as const;
  writeTable(
    grid,
    [
      { header: text('report.glossary.term'), body: { font: { bold: true }, ...wrapped } },
      { header: text('report.glossary.name'), body: wrapped },
      { header: text('report.glossary.meaning'), body: wrapped },
    ],
    terms.map(([term, stem]) => [term, text(`report.term.${stem}.name`), text(`report.term.${stem}.meaning`)]),
  );

  grid.gap();
  let row = grid.nextRow;
  grid.set(row, 0, text('report.glossary.coloursHeading'));
  grid.format(row, 0, row, 0, looks.heading);
  row += 1;
  for (const colour of ['green', 'yellow', 'red'] as const) {
    grid.setRow(row, 0, [context.colourWord(colour), text(`report.glossary.${colour}`)]);
    grid.format(row, 0, row, 0, { fill: flagFill[colour], font: { color: flagFont[colour], bold: true } });
    row += 1;
  }

  return {
    key: 'glossary',
    name: text('report.sheet.glossary'),
    values: grid.values(),
    formats: grid.formats(),
    columnWidths: [170, 200, 500],
    charts: [],
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  };
}
