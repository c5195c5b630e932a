/**
 * Each rule may report only its own messages, each with exactly its details: the compiler checks
 * it (as ESLint checks a rule's messageId at run time). The `@ts-expect-error` lines are the
 * proof: `npm run typecheck` fails if any of them stops being an error.
 */
import { defineRule, defineWorkbookRule } from '../../../src/core/rules';
import { check } from '../helpers/check';
import { budgetTable, line, unit } from '../helpers/budget-table';

describe('a rule reports its own messages only', () => {
  it('refuses, at compile time, another rule’s message id, a wrong detail, and a message not named after the code', () => {
    const planted = defineRule({
      code: 'duplicate-row',
      severity: 'error',
      messages: { 'finding.duplicate-row': { unit: 'text', line: 'text', first: 'text' } },
      check(_context, report) {
        // @ts-expect-error total-mismatch's message is not duplicate-row's to report
        report({ cell: 'A1', messageId: 'finding.total-mismatch.margin', data: { unit: 'x', line: 'y', first: '1' } });
        // @ts-expect-error first is text in this message, not a number
        report({ cell: 'A1', messageId: 'finding.duplicate-row', data: { unit: 'x', line: 'y', first: 1 } });
        // @ts-expect-error the message needs every detail its placeholders use
        report({ cell: 'A1', messageId: 'finding.duplicate-row', data: { unit: 'x' } });
        report({ cell: 'A1', messageId: 'finding.duplicate-row', data: { unit: 'x', line: 'y', first: '1' } });
      },
    });
    defineWorkbookRule({
      code: 'status-invalid',
      severity: 'error',
      // @ts-expect-error a rule's messages are named after its own code
      messages: { 'finding.table-not-found': { sheet: 'text' } },
      check() {},
    });
    expect(planted.code).toBe('duplicate-row');
  });

  it('gives readers the details of the message, typed', () => {
    const table = budgetTable({
      columns: ['TA', 'ENN'],
      rows: [unit('Kasvupalvelut'), line('Toimintakulut', 1, 1), line('Toimintakulut', 1, 1)],
    });
    const [finding] = check('duplicate-row', table);
    // `first` is a string here without a typeof probe: the finding's type says so.
    const first: string = finding.data.first;
    expect(first).toBe('3');
  });
});
