/**
 * The unit hierarchy of a table. Levels come from the first source that speaks: a level
 * column, unit codes (a child's code starts with its parent's, trailing zeros aside: 1000 →
 * 1200 → 1210), indentation, and failing all of these the order (the first unit is the top,
 * the rest its children). A unit is the parent of the units of the next level below it until
 * the next unit of its own level or higher.
 */
import type { Unit } from '../model';

/** A unit as met in the table, before its level is known. */
export interface UnitEntry {
  readonly name: string;
  readonly code: string | null;
  /** From a level column, as written (any base). */
  readonly levelHint: number | null;
  readonly indent: number | null;
  readonly row: number;
}

export type LevelSource = 'level' | 'code' | 'indent' | 'order' | 'flat';

/** With no level, code or indentation: 'order' makes the first unit the top and the rest its children, 'flat' keeps them side by side. */
export type LevelFallback = 'order' | 'flat';

/** Ids of the entries (index by index) and the distinct units, in order of first appearance. */
export interface Hierarchy {
  readonly units: readonly Unit[];
  readonly idOfEntry: readonly string[];
  readonly source: LevelSource;
}

const codeInName = /^(\d{2,}[\d.-]*)\s+(\S.*)$/;

/** '1200 Kasvupalvelut' → code '1200', name 'Kasvupalvelut'; otherwise no code. */
export function splitCode(text: string): { code: string | null; name: string } {
  const match = codeInName.exec(text.trim());
  return match ? { code: match[1], name: match[2].trim() } : { code: null, name: text.trim() };
}

export function buildHierarchy(
  entries: readonly UnitEntry[],
  fallback: () => LevelFallback = () => 'order',
): Hierarchy {
  const { levels, source } = levelsOf(entries, fallback);
  const units: Unit[] = [];
  const idOfEntry: string[] = [];
  const known = new Set<string>();
  const stack: { level: number; id: string; path: string }[] = [];
  entries.forEach((entry, i) => {
    const level = levels[i];
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : null;
    const path = parent ? `${parent.path}/${entry.name}` : entry.name;
    const id = entry.code ?? path;
    stack.push({ level, id, path });
    idOfEntry.push(id);
    if (known.has(id)) return;
    known.add(id);
    units.push({
      id,
      name: entry.name,
      code: entry.code,
      level: stack.length - 1,
      parentId: parent ? parent.id : null,
      row: entry.row,
    });
  });
  return { units, idOfEntry, source };
}

function levelsOf(
  entries: readonly UnitEntry[],
  fallback: () => LevelFallback,
): { levels: number[]; source: LevelSource } {
  if (entries.length > 0 && entries.every((e) => e.levelHint !== null)) {
    return { levels: entries.map((e) => e.levelHint as number), source: 'level' };
  }
  if (entries.length > 0 && entries.every((e) => e.code !== null)) {
    return { levels: levelsFromCodes(entries.map((e) => e.code as string)), source: 'code' };
  }
  const indents = entries.map((e) => e.indent ?? 0);
  if (indents.some((indent) => indent !== indents[0])) {
    const ranks = [...new Set(indents)].sort((a, b) => a - b);
    return { levels: indents.map((indent) => ranks.indexOf(indent)), source: 'indent' };
  }
  if (fallback() === 'flat') return { levels: entries.map(() => 0), source: 'flat' };
  return { levels: entries.map((_, i) => (i === 0 ? 0 : 1)), source: 'order' };
}

function levelsFromCodes(codes: readonly string[]): number[] {
  const stack: string[] = [];
  return codes.map((code) => {
    while (stack.length > 0 && !isAncestorCode(stack[stack.length - 1], code)) stack.pop();
    stack.push(code);
    return stack.length - 1;
  });
}

function isAncestorCode(parent: string, child: string): boolean {
  if (child.length > parent.length && child.startsWith(parent)) return true;
  const p = trimZeros(parent);
  const c = trimZeros(child);
  return c.length > p.length && c.startsWith(p);
}

function trimZeros(code: string): string {
  const digits = code.replace(/[^\d]/g, '');
  const trimmed = digits.replace(/0+$/, '');
  return trimmed === '' ? digits : trimmed;
}
