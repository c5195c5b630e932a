/**
 * The conventions found for a table (core/deviations/explain.ts) under `tables[]` in check's
 * JSON; their sentences, for the text output and the pane, are in app/explain-conventions.ts.
 */
import type { TableConventions } from '../../core';

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
