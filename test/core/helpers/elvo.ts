/**
 * A clean budget table after the seed (ELVO and its two responsibility areas, 1000 €, costs
 * positive), every total a formula that adds up. Tests break one cell of it with `patch` and
 * expect exactly the finding that cell deserves; the clean table is every rule's negative case.
 */
import type { BudgetTable, CostSign } from '../../../src/core/model';
import { budgetTable, formula, line, unit } from './budget-table';
import type { CellSpec } from './budget-table';

export const elvoColumns = [
  'TP 2023',
  'TA 2024',
  'LTA:t',
  'TA+LTA:t',
  'KS',
  'KS+LTA:t',
  'TOT 1-12 2024',
  'ENN',
  'Poikkeama',
];

type Figures = readonly number[];
// prettier-ignore
const figures: Record<string, Record<string, Figures>> = {
  ELVO: {
    Toimintatuotot:             [3_200, 4_500, 500, 5_000, 4_500, 5_000, 5_500, 5_500, 500],
    Toimintakulut:              [38_200, 38_000, 500, 38_500, 38_000, 38_500, 36_400, 36_400, -2_100],
    'Valmistus omaan käyttöön': [100, 100, 0, 100, 100, 100, 50, 50, -50],
    Toimintakate:               [-34_900, -33_400, 0, -33_400, -33_400, -33_400, -30_850, -30_850, 2_550],
  },
  Kasvupalvelut: {
    Toimintatuotot:             [2_000, 3_000, 500, 3_500, 3_000, 3_500, 3_700, 3_700, 200],
    Toimintakulut:              [10_900, 11_000, 500, 11_500, 11_000, 11_500, 10_700, 10_700, -800],
    Henkilöstökulut:            [4_000, 4_000, 0, 4_000, 4_000, 4_000, 3_900, 3_900, -100],
    'Palvelujen ostot':         [5_000, 5_000, 500, 5_500, 5_000, 5_500, 4_900, 4_900, -600],
    'Muut toimintakulut':       [1_900, 2_000, 0, 2_000, 2_000, 2_000, 1_900, 1_900, -100],
    Toimintakate:               [-8_900, -8_000, 0, -8_000, -8_000, -8_000, -7_000, -7_000, 1_000],
  },
  Työllisyyspalvelut: {
    Toimintatuotot:             [1_200, 1_500, 0, 1_500, 1_500, 1_500, 1_800, 1_800, 300],
    Toimintakulut:              [27_300, 27_000, 0, 27_000, 27_000, 27_000, 25_700, 25_700, -1_300],
    'Valmistus omaan käyttöön': [100, 100, 0, 100, 100, 100, 50, 50, -50],
    Toimintakate:               [-26_000, -25_400, 0, -25_400, -25_400, -25_400, -23_850, -23_850, 1_550],
  },
};

const levels: Record<string, number> = { ELVO: 0, Kasvupalvelut: 1, Työllisyyspalvelut: 1 };

export interface ElvoOptions {
  /** 'Unit|Line|Column' → the cell as it should be instead. */
  readonly patch?: Readonly<Record<string, CellSpec>>;
  /** Write every cost negative (and the margins stay as they are), as some workbooks do. */
  readonly costSign?: Exclude<CostSign, 'mixed' | 'unknown'>;
  readonly columns?: readonly string[];
  /** Extra rows appended to a unit, after its lines. */
  readonly extraLines?: Readonly<Record<string, readonly (readonly [string, ...CellSpec[]])[]>>;
}

const costLines = new Set(['Toimintakulut', 'Henkilöstökulut', 'Palvelujen ostot', 'Muut toimintakulut']);

export function elvo(options: ElvoOptions = {}): BudgetTable {
  const columns = options.columns ?? elvoColumns;
  const patch = options.patch ?? {};
  const used = new Set<string>();
  const rows = [];
  for (const [unitName, lines] of Object.entries(figures)) {
    rows.push(unit(unitName, levels[unitName]));
    for (const [label, values] of Object.entries(lines)) {
      const isTotal =
        unitName === 'ELVO' || label === 'Toimintakate' || (label === 'Toimintakulut' && unitName === 'Kasvupalvelut');
      const negate = options.costSign === 'negative' && costLines.has(label);
      const cells = columns.map((column): CellSpec => {
        const key = `${unitName}|${label}|${column}`;
        if (key in patch) {
          used.add(key);
          return patch[key];
        }
        const index = elvoColumns.indexOf(column);
        let value = values[index];
        if (negate) value = -value;
        return isTotal ? formula(value) : value;
      });
      rows.push(line(label, ...cells));
    }
    for (const [label, ...cells] of options.extraLines?.[unitName] ?? []) rows.push(line(label, ...cells));
  }
  const unused = Object.keys(patch).filter((key) => !used.has(key));
  if (unused.length > 0) throw new Error(`Patches that match no cell: ${unused.join(', ')}`);
  return budgetTable({ scale: 1000, costSign: options.costSign ?? 'positive', columns, rows });
}
