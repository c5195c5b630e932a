/**
 * mapping-mismatch (error): a mapping the user made no longer fits its sheet (the sheet gone,
 * the header row empty or moved, a mapped column's header changed), so the sheet was read as if
 * it had none; or a mapping that fits read no table (none of its labels is a known line).
 * Applying the mappings (mapping/apply.ts) finds the misfits before recognition; this rule
 * reports them, and the mappings that read nothing once the tables are known.
 */
import { unreadMappings } from '../mapping/apply';
import { defineWorkbookRule, type WorkbookProblem } from './define-rule';

export const mappingMessages = {
  'finding.mapping-mismatch.sheet': { sheet: 'text' },
  'finding.mapping-mismatch.header-gone': { sheet: 'text', row: 'number' },
  'finding.mapping-mismatch.header-moved': { sheet: 'text', row: 'number', found: 'number' },
  'finding.mapping-mismatch.column': { sheet: 'text', column: 'text', expected: 'text', found: 'text', row: 'number' },
  'finding.mapping-mismatch.column-empty': { sheet: 'text', column: 'text', expected: 'text', row: 'number' },
  'finding.mapping-mismatch.no-lines': { sheet: 'text', column: 'text' },
} as const;

/** What no longer fits about one mapping, as this rule reports it. */
export type MappingMisfit = WorkbookProblem<typeof mappingMessages>;

export const mappingMismatch = defineWorkbookRule({
  code: 'mapping-mismatch',
  severity: 'error',
  messages: mappingMessages,
  check({ mapped, tables }, report) {
    for (const misfit of mapped.misfits) report(misfit);
    for (const misfit of unreadMappings(mapped, tables)) report(misfit);
  },
});
