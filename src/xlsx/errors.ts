/** Why a file could not be read as a workbook. The CLI and the pane turn the reason into a sentence. */
export type XlsxReadFailure = 'not-xlsx' | 'corrupt' | 'encrypted';

export class XlsxReadError extends Error {
  constructor(
    readonly reason: XlsxReadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'XlsxReadError';
  }
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: what Excel writes for a password-protected .xlsx (and for legacy .xls). */
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** A stream name in an OLE directory is UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Decides from the first bytes what kind of container the data is, before any parser sees it,
 * so that a password-protected workbook is named as such instead of as a broken zip.
 */
export function classifyContainer(bytes: Uint8Array): 'zip' | XlsxReadError {
  if (startsWith(bytes, zipSignature)) return 'zip';
  if (startsWith(bytes, oleSignature)) {
    // A legacy .xls is an OLE file too, but holds a 'Workbook' stream and no encrypted package.
    const legacy = !containsUtf16(bytes, 'EncryptedPackage') && containsUtf16(bytes, 'Workbook');
    return legacy
      ? new XlsxReadError('not-xlsx', 'a legacy .xls workbook (OLE compound file)')
      : new XlsxReadError('encrypted', 'an OLE compound file with an encrypted package');
  }
  if (startsWith(bytes, [0x50, 0x4b])) return new XlsxReadError('corrupt', 'a damaged zip header');
  return new XlsxReadError('not-xlsx', bytes.length === 0 ? 'the file is empty' : 'not a zip package');
}
