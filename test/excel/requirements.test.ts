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

  it('runs everything on ExcelApi 1.9, without waiting for cell edits or undo grouping', () => {
    const check = checkRequirements(officeWith(9));
    expect(check.supported).toBe(true);
    expect(check.operations.applyReport.degraded).toEqual(['cell-edit-wait', 'undo-group']);
  });

  it('runs everything on the minimum, ExcelApi 1.7, naming each thing left out', () => {
    const check = checkRequirements(officeWith(7));
    expect(check.supported).toBe(true);
    expect(check.operations.readWorkbook.degraded).toEqual(['indents-and-fills', 'far-cells', 'cell-edit-wait']);
    expect(check.operations.applyReport.degraded).toEqual(['axis-number-format', 'page-setup', 'cell-edit-wait', 'undo-group']);
  });

  it('below the minimum runs nothing, and names the one set missing', () => {
    const check = checkRequirements(officeWith(6));
    expect(check.supported).toBe(false);
    expect(check.missing).toEqual(['ExcelApi 1.7']);
    for (const support of Object.values(check.operations)) expect(support).toMatchObject({ supported: false, missing: ['ExcelApi 1.7'] });
  });

  it('assumes everything without an Office object', () => {
    expect(operationSupport(undefined, 'applyReport')).toEqual({ supported: true, missing: [], degraded: [] });
  });
});
