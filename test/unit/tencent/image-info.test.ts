import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/simulator/files/png.ts';
import { decodeBase64Strict, readImageInfo } from '../../../src/tencent/image-info.ts';

const bytes = (...parts: (number | string | readonly number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((p) =>
      typeof p === 'string' ? [...p].map((ch) => ch.charCodeAt(0)) : typeof p === 'number' ? [p] : [...p],
    ),
  );
const be16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const le16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const le24 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** SOI, APP0 (JFIF), optional extra segments, a frame header, EOI. */
function jpeg(sof: number, width: number, height: number, between: readonly number[] = []): Uint8Array {
  const app0 = [
    0xff,
    0xe0,
    ...be16(16),
    ...[...'JFIF\0'].map((c) => c.charCodeAt(0)),
    1,
    1,
    0,
    ...be16(1),
    ...be16(1),
    0,
    0,
  ];
  const frame = [
    0xff,
    sof,
    ...be16(17),
    8,
    ...be16(height),
    ...be16(width),
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return bytes(0xff, 0xd8, app0, between, frame, 0xff, 0xd9);
}

/** RIFF container around one chunk. */
function webp(fourcc: string, payload: readonly number[]): Uint8Array {
  const padded = payload.length % 2 ? [...payload, 0] : payload;
  return bytes('RIFF', le32(4 + 8 + padded.length), 'WEBP', fourcc, le32(payload.length), padded);
}

describe('readImageInfo: PNG', () => {
  it('reads IHDR dimensions', () => {
    expect(readImageInfo(encodePng(7, 3, new Uint8Array(7 * 3 * 4)))).toEqual({
      format: 'png',
      width: 7,
      height: 3,
    });
  });

  it('needs the whole IHDR and non-zero dimensions', () => {
    const png = encodePng(7, 3, new Uint8Array(7 * 3 * 4));
    expect(readImageInfo(png.subarray(0, 28))).toBeUndefined();
    expect(readImageInfo(png.subarray(0, 29))).toEqual({ format: 'png', width: 7, height: 3 });
    const zero = Uint8Array.from(png);
    zero.set([0, 0, 0, 0], 16);
    expect(readImageInfo(zero)).toBeUndefined();
    const notIhdr = Uint8Array.from(png);
    notIhdr.set([0x49, 0x44, 0x41, 0x54], 12); // 'IDAT'
    expect(readImageInfo(notIhdr)).toBeUndefined();
  });
});

describe('readImageInfo: JPEG', () => {
  it('reads a baseline SOF0 frame', () => {
    expect(readImageInfo(jpeg(0xc0, 640, 480))).toEqual({ format: 'jpeg', width: 640, height: 480 });
  });

  it('reads a progressive SOF2 frame', () => {
    expect(readImageInfo(jpeg(0xc2, 1024, 768))).toEqual({ format: 'jpeg', width: 1024, height: 768 });
  });

  it('skips DHT, fill bytes and standalone markers before the frame', () => {
    const dht = [0xff, 0xc4, ...be16(5), 0, 0, 0];
    const fill = [0xff, 0xff, 0xff, 0xfe, ...be16(4), 0x68, 0x69]; // COM behind fill bytes
    const rst = [0xff, 0xd0];
    expect(readImageInfo(jpeg(0xc1, 3, 2, [...dht, ...fill, ...rst]))).toEqual({
      format: 'jpeg',
      width: 3,
      height: 2,
    });
  });

  it('stops at EOI or SOS with no frame header', () => {
    expect(readImageInfo(bytes(0xff, 0xd8, 0xff, 0xd9))).toBeUndefined();
    expect(readImageInfo(bytes(0xff, 0xd8, 0xff, 0xda, ...be16(8), 1, 1, 0, 0, 0x3f, 0))).toBeUndefined();
  });

  it('rejects truncated or malformed segments', () => {
    const whole = jpeg(0xc0, 640, 480);
    for (let cut = 0; cut < 2 + 18 + 2 + 7; cut++)
      expect(readImageInfo(whole.subarray(0, cut)), `cut ${cut}`).toBeUndefined();
    expect(readImageInfo(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 1))).toBeUndefined(); // length < 2
    expect(readImageInfo(bytes(0xff, 0xd8, 0x00, 0xe0))).toBeUndefined(); // no marker prefix
    expect(readImageInfo(jpeg(0xc0, 0, 480))).toBeUndefined();
  });
});

describe('readImageInfo: WebP', () => {
  it('reads lossy VP8', () => {
    const vp8 = [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...le16(400), ...le16(300 | (1 << 14)), 0, 0];
    expect(readImageInfo(webp('VP8 ', vp8))).toEqual({ format: 'webp', width: 400, height: 300 });
    const interFrame = [0x31, ...vp8.slice(1)];
    expect(readImageInfo(webp('VP8 ', interFrame))).toBeUndefined();
    const badStartCode = [...vp8];
    badStartCode[3] = 0x9c;
    expect(readImageInfo(webp('VP8 ', badStartCode))).toBeUndefined();
  });

  it('reads lossless VP8L', () => {
    const packed = (123 - 1) | ((45 - 1) << 14) | (1 << 28);
    expect(readImageInfo(webp('VP8L', [0x2f, ...le32(packed)]))).toEqual({
      format: 'webp',
      width: 123,
      height: 45,
    });
    expect(readImageInfo(webp('VP8L', [0x2e, ...le32(packed)]))).toBeUndefined();
    expect(readImageInfo(webp('VP8L', [0x2f, ...le32(packed | (1 << 29))]))).toBeUndefined(); // version 1
  });

  it('reads extended VP8X canvas size', () => {
    const vp8x = [0x10, 0, 0, 0, ...le24(5000 - 1), ...le24(16384 - 1)];
    expect(readImageInfo(webp('VP8X', vp8x))).toEqual({ format: 'webp', width: 5000, height: 16384 });
  });

  it('rejects truncated and unknown chunks', () => {
    const whole = webp('VP8X', [0x10, 0, 0, 0, ...le24(99), ...le24(99)]);
    for (let cut = 0; cut < whole.length; cut++)
      expect(readImageInfo(whole.subarray(0, cut)), `cut ${cut}`).toBeUndefined();
    expect(readImageInfo(webp('ALPH', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
  });
});

describe('readImageInfo: not an image', () => {
  it('returns undefined for empty input, garbage and other formats', () => {
    expect(readImageInfo(new Uint8Array(0))).toBeUndefined();
    expect(readImageInfo(bytes('GIF89a', 1, 0, 1, 0))).toBeUndefined();
    expect(readImageInfo(bytes('hello world, definitely not an image'))).toBeUndefined();
    expect(readImageInfo(bytes(0x89, 'PNG'))).toBeUndefined();
    expect(readImageInfo(bytes(0xff))).toBeUndefined();
    expect(readImageInfo(bytes('RIFF'))).toBeUndefined();
  });

  it('never throws on random bytes behind a valid magic', () => {
    let seed = 1;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    };
    const magics = [
      [0xff, 0xd8],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...'RIFF\0\0\0\0WEBPVP8'].map((c) => c.charCodeAt(0)),
    ];
    for (let i = 0; i < 2000; i++) {
      const magic = magics[i % magics.length] ?? [];
      const tail = Array.from({ length: i % 64 }, next);
      // A view into a larger buffer catches reads that ignore byteOffset.
      const backing = bytes(0xaa, 0xbb, magic, tail, 0xcc);
      const view = backing.subarray(2, backing.length - 1);
      expect(() => readImageInfo(view)).not.toThrow();
    }
  });

  it('honours the byte offset of a subarray', () => {
    const png = encodePng(9, 4, new Uint8Array(9 * 4 * 4));
    const backing = bytes(1, 2, 3, [...png]);
    expect(readImageInfo(backing.subarray(3))).toEqual({ format: 'png', width: 9, height: 4 });
  });
});

describe('decodeBase64Strict', () => {
  it('decodes standard padded base64', () => {
    expect(Buffer.from(decodeBase64Strict('aGVsbG8=') ?? [])).toEqual(Buffer.from('hello'));
    expect(Buffer.from(decodeBase64Strict('aGk=') ?? [])).toEqual(Buffer.from('hi'));
    expect(Buffer.from(decodeBase64Strict('+/+/') ?? [])).toEqual(Buffer.from([0xfb, 0xff, 0xbf]));
    expect(decodeBase64Strict('')).toEqual(new Uint8Array(0));
  });

  it('accepts a data URL prefix and ignores whitespace', () => {
    const png = encodePng(2, 2, new Uint8Array(16));
    const b64 = png.toString('base64');
    const wrapped = `data:image/png;base64,${b64.replace(/(.{20})/g, '$1\n')}`;
    const decoded = decodeBase64Strict(wrapped);
    expect(decoded && Buffer.from(decoded).equals(png)).toBe(true);
    expect(decoded && readImageInfo(decoded)).toEqual({ format: 'png', width: 2, height: 2 });
    expect(decodeBase64Strict('  aGVs bG8=\r\n')).toEqual(new Uint8Array(Buffer.from('hello')));
  });

  it('rejects what Buffer.from would quietly accept', () => {
    for (const bad of [
      'aGVsbG8',
      'aGVsbG8==',
      'aGV*bG8=',
      'aG=sbG8=',
      'a===',
      '=aGk',
      'aGk_',
      'aGk-',
      'héllo===',
      'data:text/plain;base64,aGk=',
    ]) {
      expect(decodeBase64Strict(bad), bad).toBeUndefined();
    }
  });
});
