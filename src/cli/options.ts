/** A small parser for `--flag`, `--name value` and `--name=value` options, shared by the subcommands. */
import { isLanguage, type Language } from '../i18n';
import type { CommandLineBinding } from '../core';
import { UsageError } from './command';

export interface OptionSpec {
  /** Options without a value. */
  readonly flags: readonly string[];
  /** Options that take a value; repeated ones collect every value. */
  readonly values: readonly string[];
}

export interface ParsedOptions {
  readonly positional: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string[]>;
}

export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = (equals >= 0 ? arg.slice(0, equals) : arg).replace(/^--?/, '');
    if (spec.flags.includes(name) && equals < 0) {
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = equals >= 0 ? arg.slice(equals + 1) : args[++i];
      if (value === undefined || value === '') throw new UsageError('cli.error.missing-value', { option: `--${name}` });
      values.set(name, [...(values.get(name) ?? []), value]);
    } else {
      throw new UsageError('cli.error.unknown-option', { option: arg });
    }
  }
  return { positional, flags, values };
}

/** The --lang option's language, else the default. */
export function languageOption(parsed: ParsedOptions, fallback: Language): Language {
  const asked = parsed.values.get('lang')?.at(-1);
  if (asked === undefined) return fallback;
  const lower = asked.toLowerCase();
  if (!isLanguage(lower)) throw new UsageError('cli.error.invalid-language', { value: asked });
  return lower;
}

/**
 * `--binding net|gross` and `--binding-units "A;B"` (names or codes, `;` or `,` between them):
 * the binding level from the command line, beneath the workbook's own settings. undefined when
 * neither is given.
 */
export function bindingOption(parsed: ParsedOptions): CommandLineBinding | undefined {
  const mode = parsed.values.get('binding')?.at(-1);
  const units = parsed.values.get('binding-units');
  if (mode === undefined && units === undefined) return undefined;
  const lower = mode?.trim().toLowerCase();
  if (lower !== undefined && lower !== 'net' && lower !== 'gross') {
    throw new UsageError('cli.error.invalid-binding', { value: mode ?? '' });
  }
  const names = units
    ?.flatMap((value) => value.split(/[;,]/))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return { mode: lower ?? null, units: names && names.length > 0 ? names : null };
}
