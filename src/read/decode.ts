import chardet from 'chardet';
import iconv from 'iconv-lite';

/** What decoding found: the text, and the encoding it was read as. */
export interface Decoded {
  content: string;
  encoding: string;
  /** How the encoding was known: a byte-order mark, valid UTF-8, the page's declaration, or a guess. */
  how: 'bom' | 'utf-8' | 'declared' | 'detected';
}

/** File signatures of common binary formats, so the message can say what the file is. */
const SIGNATURES: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** True when the bytes start with the gzip signature (whatever the file is called). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Why these bytes are not text, or undefined when they may be: a known binary signature, NUL bytes,
 * or many control characters in the first 8 KiB.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return `binary file (looks like ${name}), not text or HTML`;
  }
  if (hasUtf16Bom(bytes)) return undefined;
  // No text holds a NUL byte, wherever it stands (a binary format may open with a page of text).
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary file (contains NUL bytes, the first at byte ${nul}), not text or HTML`;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  if (head.length > 0 && control / head.length > 0.1) return 'binary file (many control characters), not text or HTML';
  return undefined;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/** Legacy encodings a byte-level guess may confuse with their usual superset. */
const PREFERRED: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

function normaliseEncoding(name: string): string {
  const lower = name.toLowerCase();
  return PREFERRED[lower] ?? lower;
}

/**
 * Decodes bytes to text: a byte-order mark first, then strict UTF-8, then the charset an HTML page
 * declares, then a statistical guess among legacy encodings (Windows-1252, ISO-8859-7 …).
 */
export function decodeBytes(bytes: Uint8Array, options: { html?: boolean; charset?: string } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { content: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', how: 'bom' };
  }
  if (hasUtf16Bom(bytes)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { content: iconv.decode(Buffer.from(bytes.subarray(2)), encoding), encoding, how: 'bom' };
  }
  try {
    return { content: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', how: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding.
  }
  // Not UTF-8: the charset the HTTP headers name, else the one the page declares.
  const declared = options.charset ?? (options.html ? declaredCharset(bytes) : undefined);
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    const encoding = normaliseEncoding(declared);
    return { content: iconv.decode(Buffer.from(bytes), encoding), encoding, how: 'declared' };
  }
  const guess = chardet.analyse(bytes).find((candidate) => iconv.encodingExists(candidate.name));
  const encoding = normaliseEncoding(guess?.name ?? 'windows-1252');
  const used = encoding === 'utf-8' ? 'windows-1252' : encoding;
  return { content: iconv.decode(Buffer.from(bytes), used), encoding: used, how: 'detected' };
}
