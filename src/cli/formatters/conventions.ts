/**
 * The conventions found for a table (core/deviations/explain.ts), for check's text and JSON:
 * cost signs, the columns the deviations compare, the deviation column's convention, the
 * binding units and items, and the tolerance.
 */
import type { TableConventions } from '../../core';
import { t, type Language, type MessageKey } from '../../i18n';

/** Indented lines under the table's line in the text output. */
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

export interface JsonTableConventions {
  readonly costSigns: { table: string; columns: { label: string; sign: string }[] };
  readonly deviationBasis: { plan: string; actual: string; yearEnd: boolean } | null;
  readonly deviationConvention: {
    column: string;
    convention: string;
    number: number | null;
    plan: string;
    actual: string;
    rows: number;
    fitting: number;
  } | null;
  readonly binding: {
    markerColumn: string | null;
    units: { unit: string; mode: string | null; items: string[]; source: string }[];
  };
  readonly tolerance: { halfUnit: number; displayedUnit: number; sumOfN: string };
}

/** The same facts under `tables[]` in --json, figures in euros. */
export function conventionsJson(conventions: TableConventions): JsonTableConventions {
  const { costSigns, deviationBasis, varianceConvention, binding, tolerance } = conventions;
  return {
    costSigns: {
      table: costSigns.table,
      columns: costSigns.columns.map((c) => ({ label: c.label, sign: c.sign })),
    },
    deviationBasis: deviationBasis
      ? { plan: deviationBasis.plan.label, actual: deviationBasis.actual.label, yearEnd: deviationBasis.yearEnd }
      : null,
    deviationConvention: varianceConvention
      ? {
          column: varianceConvention.column.label,
          convention: varianceConvention.convention,
          number: varianceConvention.number,
          plan: varianceConvention.plan.label,
          actual: varianceConvention.actual.label,
          rows: varianceConvention.rows,
          fitting: varianceConvention.fitting,
        }
      : null,
    binding: {
      markerColumn: binding.markerColumn,
      units: binding.units.map((unit) => ({ ...unit, items: [...unit.items] })),
    },
    tolerance: { halfUnit: tolerance.halfUnit, displayedUnit: tolerance.displayedUnit, sumOfN: '(n + 1) / 2' },
  };
}
