/**
 * The colour flags the add-in puts on the user's own cells, as a plan: each deviation's
 * traffic light on its Poikkeama cell (where the reader looks for the deviation) or, without
 * that column, on the forecast cell; each strategic measure's status colour on its status cell.
 * Only src/excel/ applies it, and every flag it lists can be removed again.
 */
import type { FlagPlan, Flag } from './plan';
import type { Analysis, StatusKind, TrafficLight } from './model';

const colourOfStatus: Readonly<Record<StatusKind, TrafficLight>> = {
  achieved: 'green',
  partly: 'yellow',
  'not-achieved': 'red',
};

export function planFlags(analysis: Analysis): FlagPlan {
  const flags: Flag[] = [];
  const seen = new Set<string>();
  const add = (flag: Flag) => {
    const key = `${flag.sheet}!${flag.cell}`;
    if (seen.has(key)) return;
    seen.add(key);
    flags.push(flag);
  };
  for (const deviation of analysis.deviations) {
    add({
      sheet: deviation.sheet,
      cell: deviation.varianceCell ?? deviation.cell,
      colour: deviation.status,
      kind: 'deviation',
    });
  }
  const strategy = analysis.strategy;
  if (strategy) {
    for (const measure of strategy.measures) {
      if (measure.status === null) continue;
      add({
        sheet: strategy.sheet,
        cell: measure.cell,
        colour: colourOfStatus[measure.status],
        kind: 'status',
      });
    }
  }
  return { flags };
}
