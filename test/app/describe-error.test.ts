import { HeadlessWorkbook } from '../../src/headless';
import { createExcelOperations, PreconditionError, UnsupportedApiError } from '../../src/excel';
import { describeError } from '../../src/app/describe-error';

describe('a failure is told in the user language with what to do', () => {
  it('names the missing requirement sets when Excel is too old for an operation', () => {
    const error = new UnsupportedApiError('flag', ['ExcelApi 1.6']);
    expect(describeError(error, 'en')).toBe(
      'This version of Excel lacks features the add-in needs (ExcelApi 1.6). Update Excel or use Excel on the web.',
    );
    expect(describeError(error, 'fi')).toMatch(/^Tämä Excelin versio ei tue .*\(ExcelApi 1\.6\)\. Päivitä Excel/);
  });

  it("tells a selection of a sheet that is gone, from the host's own ItemNotFound error", async () => {
    const workbook = HeadlessWorkbook.create();
    const ops = createExcelOperations(workbook.host, workbook.office);
    const error = await ops.select('Poistettu', 'B2').then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeNull();
    expect(describeError(error, 'en')).toMatch(
      /^A sheet or cell is no longer there: .+\. Check the workbook again, then retry\.$/,
    );
    expect(describeError(error, 'sv')).toMatch(/^Bladet eller cellen finns inte längre: /);
  });

  it('asks to leave cell-edit mode, and says something useful about anything unexpected', () => {
    expect(describeError({ code: 'InvalidOperationInCellEditMode', message: 'x' }, 'en')).toBe(
      'Excel is in cell-edit mode. Finish editing the cell (Enter or Esc) and try again.',
    );
    expect(describeError(new Error('Network lost'), 'en')).toBe(
      'Unexpected error: Network lost. Try again; if it keeps happening, save the workbook and reopen it.',
    );
    expect(describeError('boom', 'fi')).toMatch(/^Odottamaton virhe: boom\./);
  });
});

describe('refusals before writing', () => {
  it('name the protected sheet, or the protected structure, and what to do, in fi, sv and en', () => {
    const sheet = new PreconditionError({ reason: 'sheet-protected', sheets: ['Talous 2024'] });
    expect(describeError(sheet, 'en')).toBe(
      'The sheet Talous 2024 is protected, so its formatting cannot change. Unprotect it (Review > Unprotect Sheet) or allow formatting cells, then try again.',
    );
    expect(describeError(sheet, 'fi')).toMatch(/^Välilehti Talous 2024 on suojattu.*Poista suojaus/);
    expect(describeError(sheet, 'sv')).toMatch(/^Bladet Talous 2024 är skyddat.*Ta bort skyddet/);
    const structure = new PreconditionError({ reason: 'structure-protected' });
    expect(describeError(structure, 'en')).toMatch(/^The workbook structure is protected.*Protect Workbook/);
    expect(describeError(structure, 'fi')).toMatch(/^Työkirjan rakenne on suojattu/);
    expect(describeError({ code: 'UndoNotSupported', message: 'x' }, 'sv')).toMatch(/^Excel kunde inte samla åtgärden/);
  });
});
