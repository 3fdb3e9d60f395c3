import { Buffer } from 'node:buffer';

/**
 * Header-only image sniffing for input images (image-to-3D). We check format and size locally so
 * a bad upload fails fast as BAD_USER_INPUT instead of costing an upstream call and a job slot.
 * Every read is bounds-checked: a short or hostile input yields `undefined`, never an exception.
 */
export interface ImageInfo {
  format: 'png' | 'jpeg' | 'webp';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** PNG caps dimensions at 2^31 - 1. */
const PNG_MAX_DIMENSION = 0x7fffffff;

export function readImageInfo(bytes: Uint8Array): ImageInfo | undefined {
  return readPng(bytes) ?? readJpeg(bytes) ?? readWebp(bytes);
}

function u16be(b: Uint8Array, at: number): number | undefined {
  const hi = b[at];
  const lo = b[at + 1];
  return hi === undefined || lo === undefined ? undefined : (hi << 8) | lo;
}

function u32be(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > b.length) return undefined;
  return new DataView(b.buffer, b.byteOffset, b.length).getUint32(at, false);
}

function u32le(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > b.length) return undefined;
  return new DataView(b.buffer, b.byteOffset, b.length).getUint32(at, true);
}

function u24le(b: Uint8Array, at: number): number | undefined {
  const b0 = b[at];
  const b1 = b[at + 1];
  const b2 = b[at + 2];
  if (b0 === undefined || b1 === undefined || b2 === undefined) return undefined;
  return b0 | (b1 << 8) | (b2 << 16);
}

function ascii(b: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > b.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (b[at + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

function readPng(b: Uint8Array): ImageInfo | undefined {
  if (!PNG_SIGNATURE.every((byte, i) => b[i] === byte)) return undefined;
  // IHDR must be the first chunk and is always 13 bytes long; we need its data, not its CRC.
  if (u32be(b, 8) !== 13 || !ascii(b, 12, 'IHDR') || b.length < 8 + 8 + 13) return undefined;
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  if (width === undefined || height === undefined) return undefined;
  if (width === 0 || height === 0 || width > PNG_MAX_DIMENSION || height > PNG_MAX_DIMENSION)
    return undefined;
  return { format: 'png', width, height };
}

/** SOF0..SOF15 minus the three markers in that range that are not frame headers. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers with no length field: TEM, RST0..RST7 (SOI is consumed before the walk). */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

function readJpeg(b: Uint8Array): ImageInfo | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let at = 2;
  while (at < b.length) {
    if (b[at] !== 0xff) return undefined;
    // Any number of 0xFF fill bytes may precede a marker.
    while (b[at] === 0xff) at++;
    const marker = b[at];
    if (marker === undefined || marker === 0x00) return undefined;
    at++;
    if (isStandalone(marker)) continue;
    // EOI, a second SOI, or SOS (entropy-coded data) before any frame header: no size to find.
    if (marker === 0xd9 || marker === 0xd8 || marker === 0xda) return undefined;
    const length = u16be(b, at);
    if (length === undefined || length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      // Segment: length(2) precision(1) height(2) width(2) components(1) ...
      if (length < 8) return undefined;
      const height = u16be(b, at + 3);
      const width = u16be(b, at + 5);
      // Height 0 defers to a later DNL segment; we do not chase it, so the size is unknown.
      if (height === undefined || width === undefined || height === 0 || width === 0) return undefined;
      return { format: 'jpeg', width, height };
    }
    at += length;
  }
  return undefined;
}

function readWebp(b: Uint8Array): ImageInfo | undefined {
  if (!ascii(b, 0, 'RIFF') || !ascii(b, 8, 'WEBP')) return undefined;
  const riffSize = u32le(b, 4);
  const chunkSize = u32le(b, 16);
  // The RIFF payload holds 'WEBP' plus at least one chunk header.
  if (riffSize === undefined || chunkSize === undefined || riffSize < 4 + 8) return undefined;
  const data = 20;
  if (ascii(b, 12, 'VP8 ')) {
    // Frame tag (3 bytes, bit 0 clear on key frames), start code 9d 01 2a, then 14-bit sizes
    // whose top 2 bits are a scaling hint.
    if (chunkSize < 10 || b.length < data + 10) return undefined;
    if (((b[data] ?? 1) & 1) !== 0) return undefined;
    if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return undefined;
    const w = u16le(b, data + 6);
    const h = u16le(b, data + 8);
    if (w === undefined || h === undefined) return undefined;
    return positive('webp', w & 0x3fff, h & 0x3fff);
  }
  if (ascii(b, 12, 'VP8L')) {
    // Signature 0x2f, then 14 bits width-1, 14 bits height-1, 1 bit alpha, 3 bits version (0).
    if (chunkSize < 5 || b[data] !== 0x2f) return undefined;
    const bits = u32le(b, data + 1);
    if (bits === undefined || bits >>> 29 !== 0) return undefined;
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8X')) {
    // Flags(1) reserved(3), then 24-bit canvas width-1 and height-1.
    if (chunkSize < 10) return undefined;
    const w = u24le(b, data + 4);
    const h = u24le(b, data + 7);
    if (w === undefined || h === undefined) return undefined;
    return { format: 'webp', width: w + 1, height: h + 1 };
  }
  return undefined;
}

function u16le(b: Uint8Array, at: number): number | undefined {
  const lo = b[at];
  const hi = b[at + 1];
  return lo === undefined || hi === undefined ? undefined : lo | (hi << 8);
}

function positive(format: ImageInfo['format'], width: number, height: number): ImageInfo | undefined {
  return width > 0 && height > 0 ? { format, width, height } : undefined;
}

const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+;base64,/i;
/** With length % 4 === 0 checked first, this admits exactly canonical padded standard base64. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard, padded base64, optionally behind a `data:image/...;base64,` prefix; whitespace
 * (e.g. MIME line breaks) is ignored. `Buffer.from(s, 'base64')` silently skips junk and accepts
 * base64url, which would turn a garbled upload into a confusing upstream error, so we validate first.
 */
export function decodeBase64Strict(s: string): Uint8Array | undefined {
  const body = s.trim().replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  if (body.length % 4 !== 0 || !BASE64.test(body)) return undefined;
  const buf = Buffer.from(body, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
