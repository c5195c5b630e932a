/** Strategy recognition as analyze sees it: the measures table, and the status-invalid findings the rule makes of it. */
import { recognizeStrategy } from '../../../src/core/strategy';
import { validateWorkbook } from '../../../src/core/rules';
import { defaultSettings, type FindingWith, type StrategyResult, type WorkbookSnapshot } from '../../../src/core';

export function strategyOf(snapshot: WorkbookSnapshot): {
  strategy: StrategyResult | null;
  findings: FindingWith<'status-invalid'>[];
} {
  const strategy = recognizeStrategy(snapshot);
  const findings = validateWorkbook({
    snapshot,
    workbook: snapshot,
    asked: undefined,
    tables: [],
    strategy,
    settings: defaultSettings,
    mapped: { guides: new Map(), applied: [], misfits: [] },
  }).filter((finding): finding is FindingWith<'status-invalid'> => finding.code === 'status-invalid');
  return { strategy, findings };
}
