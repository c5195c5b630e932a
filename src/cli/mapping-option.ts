/**
 * `--mapping FILE.json`: a mapping exported from the pane, applied to every input. It takes the
 * place of a mapping the workbook itself keeps for the same sheet; the workbook's mappings of
 * other sheets still apply. A file that is no usable mapping stops the command with every
 * problem named (exit 2): checking with half a mapping would misread silently.
 */
import { readFile } from 'node:fs/promises';
import { mergeMappings, readMappingFile, type TableMapping, type Settings } from '../core';
import { t, type Language } from '../i18n';
import type { ParsedOptions } from './options';

export type MappingOption =
  | { readonly ok: true; readonly mappings: readonly TableMapping[] | null }
  | { readonly ok: false; readonly message: string };

/** The mappings of --mapping (null when not given), or the message saying why the file cannot be used. */
export async function mappingOption(parsed: ParsedOptions, language: Language): Promise<MappingOption> {
  const file = parsed.values.get('mapping')?.at(-1);
  if (file === undefined) return { ok: true, mappings: null };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: t(language, 'cli.mapping.unreadable', { file, detail }) };
  }
  const read = readMappingFile(text);
  if (read.ok) return { ok: true, mappings: read.mappings };
  const problems = read.problems.map((problem) => `  ${t(language, problem.messageId, problem.data)}`);
  return { ok: false, message: [t(language, 'cli.mapping.invalid', { file }), ...problems].join('\n') };
}

/** The workbook's settings with the --mapping file's mappings in place of its own for the same sheets. */
export function withMappingFile(settings: Settings, mappings: readonly TableMapping[] | null): Settings {
  if (mappings === null) return settings;
  return { ...settings, mappings: mergeMappings(settings.mappings ?? [], mappings) };
}
