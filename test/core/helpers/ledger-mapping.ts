/** The mapping a controller makes of the ledger export fixtures (scripts/support/ledger-export.ts). */
import type { TableMapping } from '../../../src/core/mapping';
import { defaultSettings, type Settings } from '../../../src/core/settings';

export const ledgerMapping: TableMapping = {
  sheet: 'Raportti',
  headerRow: 3,
  columns: {
    A: 'unit',
    B: 'level',
    C: 'line',
    D: 'currentBudget',
    E: 'actual',
    F: 'forecast',
    G: 'variance',
    H: 'binding',
  },
  headers: { A: 'Kohde', B: 'Porras', C: 'Erä', D: 'Raami', E: 'Kertymä 1-6/2025', F: 'Arvio', G: 'Ero', H: 'Sit.' },
  layout: 'long',
  costSign: 'positive',
  varianceConvention: 'favourable-positive',
  scale: 1,
  aliases: {
    'Saadut yhteensä': 'income',
    'Menot yhteensä': 'expenses',
    Palkkamenot: 'personnel',
    'Ostetut palvelut': 'purchasedServices',
    Tulos: 'margin',
  },
};

export function withMappings(...mappings: TableMapping[]): Settings {
  return { ...defaultSettings, mappings };
}
