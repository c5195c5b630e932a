/**
 * The conventions found for a table (core/deviations/explain.ts) in the user's words: cost signs,
 * the columns the deviations compare, the deviation column's convention, the binding units and
 * items, and the tolerance. One set of sentences for check's text output and the pane's Check
 * section, so that both state the same reading.
 */
import type { TableConventions } from '../core';
import { t, type Language, type MessageKey } from '../i18n';

/** One sentence per fact, in the order check prints them under the table. */
export function conventionLines(conventions: TableConventions, language: Language): string[] {
  const lines: string[] = [];
  const { costSigns, deviationBasis, varianceConvention, binding, tolerance } = conventions;
  const signs = costSigns.columns
    .filter((c) => c.sign !== 'unknown')
    .map((c) => t(language, 'cli.conventions.costs.column', { column: c.label, sign: signWord(language, c.sign) }));
  if (costSigns.table === 'mixed') signs.push(t(language, 'cli.conventions.costs.mixed'));
  lines.push(
    t(language, 'cli.conventions.costs', {
      signs: signs.length > 0 ? signs.join(', ') : signWord(language, 'unknown'),
    }),
  );
  if (deviationBasis) {
    lines.push(
      t(language, deviationBasis.yearEnd ? 'cli.conventions.basis.year-end' : 'cli.conventions.basis', {
        actual: deviationBasis.actual.label,
        plan: deviationBasis.plan.label,
      }),
    );
  }
  if (varianceConvention) {
    const convention = t(language, `cli.convention.${varianceConvention.convention}` as MessageKey, {
      actual: varianceConvention.actual.label,
      plan: varianceConvention.plan.label,
    });
    lines.push(
      t(language, 'cli.conventions.variance', {
        column: varianceConvention.column.label,
        convention,
        fitting: String(varianceConvention.fitting),
        rows: String(varianceConvention.rows),
      }),
    );
  }
  if (binding.units.length === 0) lines.push(t(language, 'cli.conventions.binding.none'));
  else {
    const units = binding.units.map((unit) =>
      t(language, 'cli.binding.unit', {
        unit: unit.unit,
        items:
          unit.mode !== null
            ? t(language, `cli.binding.${unit.mode}`)
            : unit.items.map((item) => t(language, `cli.binding.item.${item}`)).join(', '),
        source: t(language, `cli.binding.source.${unit.source}`, { column: binding.markerColumn ?? '' }),
      }),
    );
    lines.push(t(language, 'cli.conventions.binding', { units: units.join('; ') }));
  }
  lines.push(t(language, 'cli.conventions.tolerance', { half: tolerance.halfUnit, unit: tolerance.displayedUnit }));
  return lines;
}

function signWord(language: Language, sign: TableConventions['costSigns']['table']): string {
  return t(language, `cli.sign.${sign}`);
}
