import { checkRequirements, operationSupport } from '../../src/excel/requirements';
import type { ExcelHost, OfficeLike } from '../../src/excel/types';

/** Compile-time (npm test type-checks first): Office's own `Excel` and `Office` fit the layer's interfaces as they are. */
export const officeGlobalsFit: [(excel: typeof Excel) => ExcelHost, (office: typeof Office) => OfficeLike] = [(excel) => excel, (office) => office];

function officeWith(maxMinor: number): OfficeLike {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1]) <= maxMinor,
      },
    },
  };
}

describe('ExcelApi requirement sets', () => {
  it('supports everything on a current Excel, with one undo step per operation', () => {
    const check = checkRequirements(officeWith(20));
    expect(check.supported).toBe(true);
    expect(check.missing).toEqual([]);
    expect(check.operations.flag.degraded).toEqual([]);
  });

  it('runs everything on ExcelApi 1.9, without undo grouping', () => {
    const check = checkRequirements(officeWith(9));
    expect(check.supported).toBe(true);
    expect(check.operations.applyReport.degraded).toEqual(['undo-group']);
  });

  it('names the missing sets on an old Excel, and what still works', () => {
    const check = checkRequirements(officeWith(5));
    expect(check.supported).toBe(false);
    expect(check.missing).toEqual(['ExcelApi 1.6', 'ExcelApi 1.7']);
    expect(check.operations.readWorkbook).toEqual({ supported: true, missing: [], degraded: ['indents-and-fills'] });
    expect(check.operations.flag.supported).toBe(false);
    expect(check.operations.select.supported).toBe(true);
  });

  it('assumes everything without an Office object', () => {
    expect(operationSupport(undefined, 'applyReport')).toEqual({ supported: true, missing: [], degraded: [] });
  });
});
