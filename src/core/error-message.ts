/**
 * What a caught failure says, for a message that names it: its own message when it has one (an
 * Error, or Office's error objects, which carry a message), else its text.
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const message = (error as { readonly message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return String(error);
}
