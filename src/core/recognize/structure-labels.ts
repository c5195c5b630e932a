/**
 * Header labels of the columns that are no figures: where a table keeps its units (one or
 * several unit columns: Toimielin | Tehtäväalue, Toimiala | Tulosalue), their names beside a
 * code column, levels, codes, a binding marker (Sitovuus) and the descriptions of budget
 * changes (the council decision beside a Muutos row). fi/sv/en, any case.
 */
import { normalizeText } from './text';

export type StructureRole = 'unit' | 'name' | 'level' | 'code' | 'binding' | 'description' | 'step';

const labels: Readonly<Record<StructureRole, readonly string[]>> = {
  unit: [
    'yksikkö',
    'vastuualue',
    'palvelualue',
    'kustannuspaikka',
    'tulosyksikkö',
    'toimintayksikkö',
    'toimielin',
    'lautakunta',
    'tehtäväalue',
    'tehtävä',
    'toimiala',
    'tulosalue',
    'sektori',
    'palvelu',
    'unit',
    'enhet',
    'ansvarsområde',
    'tjänsteområde',
    'resultatenhet',
    'resultatområde',
    'kostnadsställe',
    'organ',
    'nämnd',
    'uppgiftsområde',
    'sektor',
    'cost centre',
    'cost center',
    'responsibility area',
    'service area',
    'board',
    'committee',
    'task area',
    'division',
    'organisaatio',
    'organisation',
    'organization',
  ],
  // A unit's name beside a code column ('Kustannuspaikka' holding codes, 'Nimi' the names).
  name: ['nimi', 'yksikön nimi', 'nimike', 'name', 'unit name', 'namn', 'enhetens namn'],
  level: ['taso', 'level', 'nivå', 'hierarkiataso', 'yksikön taso', 'unit level'],
  code: [
    'koodi',
    'code',
    'kod',
    'kustannuspaikka-numero',
    'kustannuspaikkanumero',
    'kustannuspaikan numero',
    'kp-nro',
    'kp nro',
    'yksikön koodi',
    'yksikkökoodi',
    'unit code',
    'enhetskod',
    'tunnus',
    'nro',
    'numero',
  ],
  binding: ['sitovuus', 'sitovuustaso', 'sitova', 'bindning', 'bindningsnivå', 'binding', 'binding level'],
  description: [
    'selite',
    'selitys',
    'päätös',
    'peruste',
    'kuvaus',
    'lisätieto',
    'lisätiedot',
    'beslut',
    'förklaring',
    'beskrivning',
    'decision',
    'description',
    'explanation',
  ],
  step: ['erä', 'vaihe', 'budjettivaihe', 'talousarviovaihe', 'steg', 'step', 'budget step'],
};

const roleOfLabel = new Map<string, StructureRole>();
for (const role of Object.keys(labels) as StructureRole[])
  for (const label of labels[role]) roleOfLabel.set(label, role);

/** The role a header label gives its column, or null when it names none of these. */
export function structureRoleOf(text: string): StructureRole | null {
  return roleOfLabel.get(normalizeText(text).replace(/[:.]$/, '')) ?? null;
}

/** The steps of a budget written down one column: the original budget, each change, and their total. */
export type ChainStep = 'original' | 'change' | 'total';

const steps: Readonly<Record<ChainStep, readonly string[]>> = {
  original: [
    'alkuperäinen',
    'alkuperäinen ta',
    'alkuperäinen talousarvio',
    'alkup ta',
    'ursprunglig',
    'ursprunglig budget',
    'original',
    'original budget',
  ],
  change: [
    'muutos',
    'muutokset',
    'ta-muutos',
    'ta muutos',
    'talousarviomuutos',
    'lisätalousarvio',
    'lta',
    'ändring',
    'budgetändring',
    'tilläggsbudget',
    'change',
    'amendment',
    'supplementary budget',
  ],
  total: [
    'yhteensä',
    'muutettu',
    'muutettu ta',
    'ta muutosten jälkeen',
    'muutosten jälkeen',
    'totalt',
    'sammanlagt',
    'budget efter ändringar',
    'total',
    'amended budget',
  ],
};

const stepOfLabel = new Map<string, ChainStep>();
for (const step of Object.keys(steps) as ChainStep[]) for (const label of steps[step]) stepOfLabel.set(label, step);

/** The budget step a cell names ('Alkuperäinen', 'Muutos 1', 'Muutos KV 12.6.2024 § 45', 'Yhteensä'), or null. */
export function chainStepOf(text: string): ChainStep | null {
  const normalized = normalizeText(text).replace(/[:.]+$/, '');
  const exact = stepOfLabel.get(normalized);
  if (exact) return exact;
  // A change is often numbered or named after its decision: 'Muutos 2', 'Muutos (KV 12.6.2024 § 45)'.
  const head = /^([a-zåäö-]+)(?:\s|\(|$)/.exec(normalized)?.[1];
  return head !== undefined && stepOfLabel.get(head) === 'change' ? 'change' : null;
}
