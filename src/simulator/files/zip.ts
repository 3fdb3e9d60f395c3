import { Buffer } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32 } from './png.ts';

/**
 * Minimal ZIP (PKWARE APPNOTE 6.3) writer and reader: what Tencent's OBJ bundles (obj + mtl + png)
 * and USDZ packages need. No ZIP64, no encryption, no data descriptors. Timestamps are fixed at
 * 1980-01-01 00:00 so the same input always gives the same bytes.
 */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export interface ZipOptions {
  /** Deflate entries (method 8) when that makes them smaller; USDZ forbids it. @default false */
  compress?: boolean;
  /**
   * Start every entry's data at a multiple of this many bytes, padding the local header's extra
   * field (USDZ requires 64). @default 1
   */
  align?: number;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** Extra-field id Pixar's usdzip uses for its alignment padding. */
const PADDING_ID = 0x1986;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

export function encodeZip(entries: readonly ZipEntry[], opts: ZipOptions = {}): Buffer {
  const align = opts.align ?? 1;
  if (!Number.isInteger(align) || align < 1) throw new RangeError(`encodeZip: bad align ${align}`);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    let method = 0;
    let stored: Uint8Array = entry.data;
    if (opts.compress) {
      const packed = deflateRawSync(entry.data, { level: 9 });
      if (packed.length < entry.data.length) {
        method = 8;
        stored = packed;
      }
    }
    let extraLength = 0;
    const unpadded = offset + LOCAL_HEADER + name.length;
    if (align > 1 && unpadded % align !== 0) {
      extraLength = align - (unpadded % align);
      // An extra field needs its own 4-byte header: go round once more if the gap is smaller.
      while (extraLength < 4) extraLength += align;
    }
    const local = Buffer.alloc(LOCAL_HEADER + name.length + extraLength);
    local.writeUInt32LE(LOCAL_SIG, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time 00:00:00
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extraLength, 28);
    name.copy(local, LOCAL_HEADER);
    if (extraLength > 0) {
      local.writeUInt16LE(PADDING_ID, LOCAL_HEADER + name.length);
      local.writeUInt16LE(extraLength - 4, LOCAL_HEADER + name.length + 2);
    }
    const central = Buffer.alloc(CENTRAL_HEADER + name.length);
    central.writeUInt32LE(CENTRAL_SIG, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);
    name.copy(central, CENTRAL_HEADER);
    locals.push(local, Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength));
    centrals.push(central);
    offset += local.length + stored.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(END_RECORD);
  end.writeUInt32LE(END_SIG, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export interface ZipFileInfo extends ZipEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's (stored or compressed) data starts in the archive. */
  dataOffset: number;
}

/**
 * Entries of a ZIP in central-directory order, inflated. Throws a RangeError naming what is wrong
 * for anything it cannot read (truncated, ZIP64, unknown method, CRC mismatch).
 */
export function readZip(bytes: Uint8Array): ZipFileInfo[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = buf.length - END_RECORD; at >= Math.max(0, buf.length - END_RECORD - 0xffff); at--) {
    if (buf.readUInt32LE(at) === END_SIG) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new RangeError('readZip: no end-of-central-directory record');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out: ZipFileInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIG) {
      throw new RangeError(`readZip: bad central directory entry ${i}`);
    }
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const packedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + CENTRAL_HEADER, at + CENTRAL_HEADER + nameLength);
    at += CENTRAL_HEADER + nameLength + extraLength + commentLength;
    if (localAt + LOCAL_HEADER > buf.length || buf.readUInt32LE(localAt) !== LOCAL_SIG) {
      throw new RangeError(`readZip: bad local header for ${name}`);
    }
    const dataOffset =
      localAt + LOCAL_HEADER + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    if (dataOffset + packedSize > buf.length) throw new RangeError(`readZip: ${name} is truncated`);
    const packed = buf.subarray(dataOffset, dataOffset + packedSize);
    let data: Uint8Array;
    if (method === 0) data = packed;
    else if (method === 8) data = inflateRawSync(packed);
    else throw new RangeError(`readZip: ${name} uses unsupported method ${method}`);
    if (data.length !== size || crc32(data) !== crc) throw new RangeError(`readZip: ${name} fails its CRC`);
    out.push({ name, data, method, dataOffset });
  }
  return out;
}
