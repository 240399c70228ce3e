import { readFileSync, statSync } from 'node:fs';

/**
 * The largest manifest file ringform reads. A manifest of 16,000 custom rules is about 1.5 MB; a
 * file many times that is not a manifest anyone reviews, and parsing it would only exhaust
 * memory (a 50 MB file used to end in a V8 out-of-memory crash).
 */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export type ManifestText = { ok: true; text: string } | { ok: false; line: number; col: number; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one manifest file as UTF-8 text. A file over the size limit, or one that is not UTF-8
 * (a Latin-1 `Café` would otherwise become `Caf\uFFFD` and be sent as such), is a problem with
 * its location. File system errors are thrown for the caller to report.
 */
export function readManifestText(file: string): ManifestText {
  const size = statSync(file).size;
  if (size > MAX_MANIFEST_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      line: 1,
      col: 1,
      message: `the file is ${mb(size)}, more than the ${mb(MAX_MANIFEST_BYTES)} a manifest may have; split it into several files`,
    };
  }
  const bytes = readFileSync(file);
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
    const hex = bytes[at].toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, line, col, message: `the file is not UTF-8 text (byte 0x${hex} here); save it as UTF-8` };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    if (
      (c === 0xe0 && b[i + 1] < 0xa0) ||
      (c === 0xed && b[i + 1] > 0x9f) ||
      (c === 0xf0 && b[i + 1] < 0x90) ||
      (c === 0xf4 && b[i + 1] > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return b.length;
}
