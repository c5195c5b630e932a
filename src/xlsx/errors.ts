/**
 * Why a file could not be read as a workbook, named by its true cause: what a controller can act
 * on ("save it as .xlsx", "remove the password") depends on it. The CLI and the pane turn the
 * reason into a sentence in the user's language (the catalogue's `cli.file.<reason>`).
 */
import JSZip from 'jszip';
import { errorMessage } from '../core';

export type XlsxReadFailure =
  | 'empty' // no bytes at all
  | 'not-zip' // some other file (a PDF, an image, HTML) under an .xlsx name
  | 'csv' // a text file of separated values under an .xlsx name
  | 'not-workbook' // a zip, or an Office file, that holds no workbook (a .docx, a plain zip)
  | 'no-worksheets' // a workbook with no worksheet: chart sheets only
  | 'encrypted' // password-protected: an OLE container around the encrypted package
  | 'legacy-xls' // Excel 97–2003 (.xls)
  | 'xlsb' // Excel binary workbook
  | 'ods' // OpenDocument spreadsheet (LibreOffice)
  | 'corrupt'; // a damaged zip or XML

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
/** An empty zip is only its end-of-central-directory record. */
const emptyZipSignature = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: what Excel writes for a password-protected .xlsx, and for legacy .xls. */
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
 * Text of separated values: its first lines are printable text, and at least one holds a
 * separator (';' as Finnish Excel writes CSV, ',' or a tab).
 */
function looksLikeCsv(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  // Control bytes other than tab and line ends mean a binary file. Windows-1252 text (ä, ö as
  // single bytes) is no valid UTF-8, but still text, so bytes are looked at rather than characters.
  if (head.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20))) return false;
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  if (/^\s*</.test(text)) return false;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.slice(0, 5).some((line) => /[;,\t]/.test(line));
}

/**
 * Decides from the first bytes what kind of container the data is, before any parser sees it,
 * so that a password-protected workbook is named as such instead of as a broken zip.
 */
export function classifyContainer(bytes: Uint8Array): 'zip' | XlsxReadError {
  if (bytes.length === 0) return new XlsxReadError('empty', 'the file is empty');
  if (startsWith(bytes, zipSignature)) return 'zip';
  if (startsWith(bytes, emptyZipSignature)) return new XlsxReadError('not-workbook', 'an empty zip');
  if (startsWith(bytes, oleSignature)) {
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      return new XlsxReadError('encrypted', 'an OLE compound file with an encrypted package');
    }
    // Excel 97–2003 keeps its cells in a 'Workbook' stream (Excel 5/95 in 'Book').
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) {
      return new XlsxReadError('legacy-xls', 'a legacy .xls workbook (OLE compound file)');
    }
    return new XlsxReadError('not-workbook', 'an OLE compound file without a workbook (a .doc?)');
  }
  if (startsWith(bytes, [0x50, 0x4b])) return new XlsxReadError('corrupt', 'a damaged zip header');
  if (looksLikeCsv(bytes)) return new XlsxReadError('csv', 'text with separated values');
  return new XlsxReadError('not-zip', 'not a zip package');
}

/** Why a zip that opened holds no readable .xlsx workbook: an .xlsb, an .ods, or no workbook at all. */
export async function classifyPackage(zip: JSZip): Promise<XlsxReadError> {
  if (zip.file('xl/workbook.bin')) return new XlsxReadError('xlsb', 'an Excel binary workbook (xl/workbook.bin)');
  const mimetype = zip.file('mimetype');
  const type = mimetype ? (await mimetype.async('string')).trim() : '';
  if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    return new XlsxReadError('ods', 'an OpenDocument spreadsheet');
  }
  return new XlsxReadError('not-workbook', 'a zip package without xl/workbook.xml');
}

/** classifyPackage for bytes that are a zip; a zip that does not even open is damaged. */
export async function classifyZipBytes(bytes: Uint8Array): Promise<XlsxReadError> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return new XlsxReadError('corrupt', errorMessage(error));
  }
  return zip.file('xl/workbook.xml')
    ? new XlsxReadError('corrupt', 'the workbook part cannot be read')
    : classifyPackage(zip);
}
