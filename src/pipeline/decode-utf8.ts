import { DataError } from './errors.js';

/** Decodes UTF-8 strictly; a bad byte stops the build at its line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let start = 0;
    let line = 1;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      start = i + 1;
      line++;
    }
    throw new DataError(
      file,
      line,
      'bytes that are not UTF-8',
      'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    );
  }
}
