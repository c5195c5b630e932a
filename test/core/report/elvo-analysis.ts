/**
 * An analysis of the seed's service area built from a recognised table (the shared test
 * builder) and the real deviation engine, so the report is planned from what the engine gives.
 * Figures in 1000 €, as many budget workbooks write them:
 *
 *                      TP 2023  KS+LTA:t  TOT 1-12 2024  ENN 2024
 *   Kasvupalvelut
 *     Toimintatuotot     2 000     3 300          3 700     3 700   (+400 favourable)
 *     Toimintakulut     10 900    12 100         10 700    10 700   (−1 400 favourable)
 *     Toimintakate      −8 900    −8 800         −7 000    −7 000   (+1 800 favourable)
 *   Työllisyyspalvelut
 *     Toimintatuotot     1 200     1 200          1 800     1 800   (+600 favourable)
 *     Toimintakulut     27 300    26 800         25 700    25 700   (−1 100 favourable)
 *     Avustukset         2 100     2 000          2 800     2 800   (+800 unfavourable: red)
 *     Toimintakate     −26 100   −25 600        −23 900   −23 900   (+1 700 favourable)
 */
import { computeDeviations } from '../../../src/core/deviations';
import type { Analysis, Finding, Measure, Period, StatusKind, StrategyResult } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings';
import { budgetTable, line, unit } from '../helpers/budget-table';

export function elvoTable(actualLabel = 'TOT 1-12 2024') {
  return budgetTable({
    sheet: 'Talous',
    scale: 1000,
    columns: ['TP 2023', 'KS+LTA:t', actualLabel, 'ENN 2024'],
    rows: [
      unit('Elinvoiman palvelualue', 0),
      line('Toimintatuotot', 3200, 4500, 5500, 5500),
      line('Toimintakulut', 38200, 38900, 36400, 36400),
      line('Toimintakate', -35000, -34400, -30900, -30900),
      unit('Kasvupalvelut', 1),
      line('Toimintatuotot', 2000, 3300, 3700, 3700),
      line('Toimintakulut', 10900, 12100, 10700, 10700),
      line('Toimintakate', -8900, -8800, -7000, -7000),
      unit('Työllisyyspalvelut', 1),
      line('Toimintatuotot', 1200, 1200, 1800, 1800),
      line('Toimintakulut', 27300, 26800, 25700, 25700),
      line('Avustukset', 2100, 2000, 2800, 2800),
      line('Toimintakate', -26100, -25600, -23900, -23900),
    ],
  });
}

const goals = ['Hiilineutraali Lahti', 'Osaava Lahti', 'Elävä Lahti'];

function measure(goal: string, name: string, status: StatusKind | null, row: number, raw = ''): Measure {
  return { goal, name, status, raw: raw || (status ?? ''), cell: `F${row + 1}`, row };
}

export function elvoStrategy(): StrategyResult {
  const measures = [
    measure(goals[0], 'Kiertotalousklusterin rahoitus varmistettu', 'achieved', 2),
    measure(goals[0], 'Hiilineutraalin rakentamisen verkosto', 'partly', 3),
    measure(goals[1], 'Korkeakoulujen uudet avaukset', 'achieved', 4),
    measure(goals[1], 'Opiskelija-asumisen kehittäminen', 'not-achieved', 5),
    measure(goals[2], 'Suurtapahtumat Lahteen', 'achieved', 6),
    measure(goals[2], 'Tapahtumaohjelma 2030', null, 7, 'sininen'),
  ];
  return {
    sheet: 'Strategia',
    range: 'A1:F8',
    goals,
    measures,
    counts: {
      [goals[0]]: { green: 1, yellow: 1, red: 0 },
      [goals[1]]: { green: 1, yellow: 0, red: 1 },
      [goals[2]]: { green: 1, yellow: 0, red: 0 },
    },
    total: { green: 3, yellow: 1, red: 1 },
  };
}

export function elvoAnalysis(options: { period?: Period | null; findings?: Finding[]; actualLabel?: string } = {}): Analysis {
  const period = options.period === undefined ? { quarter: 4 as const, year: 2024 } : options.period;
  const tables = [elvoTable(options.actualLabel)];
  return {
    tables,
    findings: options.findings ?? [],
    deviations: computeDeviations(tables, defaultSettings, period),
    strategy: elvoStrategy(),
    period,
  };
}
