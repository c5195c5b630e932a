/** Text normalisation shared by the label matchers. */

const whitespace = /[\s\u00a0\u2007\u2009\u202f]+/g;

/** Lower case, every kind of space and line break as one ordinary space, trimmed. */
export function normalizeText(text: string): string {
  return text.replace(whitespace, ' ').trim().toLowerCase();
}

/** The cell's text when it holds a non-empty string, else null. */
export function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.trim() === '' ? null : value;
}

/** A small memo for label classifiers: labels repeat on every block, so each distinct text is classified once. */
export function memoize<T>(classify: (text: string) => T, limit = 50_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const result = classify(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, result);
    return result;
  };
}
