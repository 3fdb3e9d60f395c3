import { Buffer } from 'node:buffer';
import { deflateSync, inflateSync } from 'node:zlib';

/**
 * The binary FBX container (version 7400, 32-bit offsets), as documented by Blender's
 * https://code.blender.org/2013/08/fbx-binary-file-format-specification/ and written by its
 * exporter: typed property lists, nested node records closed by a 13-byte null record, and the
 * fixed footer. Binary rather than ASCII because Tencent's FBX files are binary and Blender's
 * importer refuses ASCII FBX.
 */
export type FbxProp =
  | { t: 'C'; v: boolean }
  | { t: 'Y' | 'I'; v: number }
  | { t: 'F' | 'D'; v: number }
  | { t: 'L'; v: bigint }
  | { t: 'S' | 'R'; v: Uint8Array }
  | { t: 'i'; v: Int32Array }
  | { t: 'f'; v: Float32Array }
  | { t: 'd'; v: Float64Array }
  | { t: 'l'; v: BigInt64Array }
  | { t: 'b'; v: Uint8Array };

export interface FbxNode {
  name: string;
  props: FbxProp[];
  children: FbxNode[];
  /** Write an (empty) child scope even without children, as FBX objects need (`Name: … { }`). */
  scope?: boolean;
}

export const FBX_VERSION = 7400;
const HEAD_MAGIC = Buffer.from('Kaydara FBX Binary  \x00\x1a\x00', 'latin1');
const FOOT_ID = Buffer.from('fabcab09d0c8d466b176fb831cf7267e', 'hex');
const FOOT_MAGIC = Buffer.from('f85a8c6adef5d97eece90ce3758f290b', 'hex');
const NULL_RECORD = 13;
/** Arrays above this many bytes are zlib-compressed, as Blender does. */
const COMPRESS_ABOVE = 128;

// Property constructors, so building a tree reads like the FBX it becomes.
export const I = (v: number): FbxProp => ({ t: 'I', v });
export const D = (v: number): FbxProp => ({ t: 'D', v });
export const L = (v: number | bigint): FbxProp => ({ t: 'L', v: BigInt(v) });
export const C = (v: boolean): FbxProp => ({ t: 'C', v });
export const S = (v: string): FbxProp => ({ t: 'S', v: Buffer.from(v, 'utf8') });
export const R = (v: Uint8Array): FbxProp => ({ t: 'R', v });
export const ints = (v: ArrayLike<number>): FbxProp => ({ t: 'i', v: Int32Array.from(v) });
export const doubles = (v: ArrayLike<number>): FbxProp => ({ t: 'd', v: Float64Array.from(v) });
export const floats = (v: ArrayLike<number>): FbxProp => ({ t: 'f', v: Float32Array.from(v) });
export const longs = (v: ArrayLike<number>): FbxProp => ({
  t: 'l',
  v: BigInt64Array.from(Array.from(v), BigInt),
});
/** "Name\0\1Class": how binary FBX spells ASCII FBX's "Class::Name". */
export const objectName = (name: string, cls: string): FbxProp => S(`${name}\x00\x01${cls}`);

export function node(name: string, props: FbxProp[] = [], children: FbxNode[] = []): FbxNode {
  return { name, props, children };
}

function encodeProp(p: FbxProp): Buffer {
  const head = Buffer.from(p.t, 'latin1');
  switch (p.t) {
    case 'C':
      return Buffer.concat([head, Buffer.from([p.v ? 1 : 0])]);
    case 'Y': {
      const b = Buffer.alloc(2);
      b.writeInt16LE(p.v);
      return Buffer.concat([head, b]);
    }
    case 'I': {
      const b = Buffer.alloc(4);
      b.writeInt32LE(p.v);
      return Buffer.concat([head, b]);
    }
    case 'F': {
      const b = Buffer.alloc(4);
      b.writeFloatLE(p.v);
      return Buffer.concat([head, b]);
    }
    case 'D': {
      const b = Buffer.alloc(8);
      b.writeDoubleLE(p.v);
      return Buffer.concat([head, b]);
    }
    case 'L': {
      const b = Buffer.alloc(8);
      b.writeBigInt64LE(p.v);
      return Buffer.concat([head, b]);
    }
    case 'S':
    case 'R': {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(p.v.length);
      return Buffer.concat([head, b, p.v]);
    }
    default: {
      const raw = Buffer.from(p.v.buffer, p.v.byteOffset, p.v.byteLength);
      const packed = raw.length > COMPRESS_ABOVE ? deflateSync(raw) : raw;
      const b = Buffer.alloc(12);
      b.writeUInt32LE(p.v.length, 0);
      b.writeUInt32LE(packed === raw ? 0 : 1, 4);
      b.writeUInt32LE(packed.length, 8);
      return Buffer.concat([head, b, packed]);
    }
  }
}

function encodeNode(n: FbxNode, offset: number, isLast: boolean, out: Buffer[]): number {
  const name = Buffer.from(n.name, 'latin1');
  const props = n.props.map(encodeProp);
  const propsLength = props.reduce((s, b) => s + b.length, 0);
  const header = Buffer.alloc(13 + name.length);
  out.push(header, ...props);
  let at = offset + header.length + propsLength;
  n.children.forEach((child, i) => {
    at = encodeNode(child, at, i === n.children.length - 1, out);
  });
  // Blender's rule: a null record closes a child list, and also an empty node that is not the last.
  if (n.children.length > 0 || n.scope || (n.props.length === 0 && !isLast)) {
    out.push(Buffer.alloc(NULL_RECORD));
    at += NULL_RECORD;
  }
  header.writeUInt32LE(at, 0);
  header.writeUInt32LE(n.props.length, 4);
  header.writeUInt32LE(propsLength, 8);
  header.writeUInt8(name.length, 12);
  name.copy(header, 13);
  return at;
}

export function encodeFbxBinary(top: readonly FbxNode[]): Buffer {
  const out: Buffer[] = [HEAD_MAGIC, Buffer.alloc(4)];
  out[1]!.writeUInt32LE(FBX_VERSION);
  let at = HEAD_MAGIC.length + 4;
  for (const n of top) at = encodeNode(n, at, false, out);
  out.push(Buffer.alloc(NULL_RECORD), FOOT_ID, Buffer.alloc(4));
  at += NULL_RECORD + FOOT_ID.length + 4;
  // Footer: zero padding to the next 16-byte boundary (a full 16 when already there), the version,
  // 120 zero bytes and a fixed magic.
  const pad = ((at + 15) & ~15) - at || 16;
  const version = Buffer.alloc(4);
  version.writeUInt32LE(FBX_VERSION);
  out.push(Buffer.alloc(pad), version, Buffer.alloc(120), FOOT_MAGIC);
  return Buffer.concat(out);
}

/** Reads a binary FBX (any 7.x version) back into its node tree. Throws a RangeError if it is not one. */
export function decodeFbxBinary(bytes: Uint8Array): { version: number; nodes: FbxNode[] } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 27 || !buf.subarray(0, 18).equals(HEAD_MAGIC.subarray(0, 18))) {
    throw new RangeError('decodeFbxBinary: not a binary FBX file');
  }
  const version = buf.readUInt32LE(23);
  const wide = version >= 7500;
  const nullLength = wide ? 25 : NULL_RECORD;
  const readNode = (at: number): { node: FbxNode | undefined; next: number } => {
    const end = wide ? Number(buf.readBigUInt64LE(at)) : buf.readUInt32LE(at);
    const count = wide ? Number(buf.readBigUInt64LE(at + 8)) : buf.readUInt32LE(at + 4);
    const nameAt = at + (wide ? 24 : 12);
    const nameLength = buf.readUInt8(nameAt);
    if (end === 0) return { node: undefined, next: at + nullLength };
    if (end > buf.length || end <= at) throw new RangeError(`decodeFbxBinary: bad node record at ${at}`);
    const n = node(buf.toString('latin1', nameAt + 1, nameAt + 1 + nameLength));
    let p = nameAt + 1 + nameLength;
    for (let i = 0; i < count; i++) {
      const [prop, next] = readProp(buf, p);
      n.props.push(prop);
      p = next;
    }
    while (p < end) {
      const child = readNode(p);
      if (child.node) n.children.push(child.node);
      p = child.next;
    }
    return { node: n, next: end };
  };
  const nodes: FbxNode[] = [];
  let at = 27;
  while (at + nullLength <= buf.length) {
    const { node: n, next } = readNode(at);
    if (!n) break;
    nodes.push(n);
    at = next;
  }
  return { version, nodes };
}

function readProp(buf: Buffer, at: number): [FbxProp, number] {
  const t = String.fromCharCode(buf[at] ?? 0);
  const p = at + 1;
  switch (t) {
    case 'C':
      return [{ t, v: buf[p] !== 0 }, p + 1];
    case 'Y':
      return [{ t, v: buf.readInt16LE(p) }, p + 2];
    case 'I':
      return [{ t, v: buf.readInt32LE(p) }, p + 4];
    case 'F':
      return [{ t, v: buf.readFloatLE(p) }, p + 4];
    case 'D':
      return [{ t, v: buf.readDoubleLE(p) }, p + 8];
    case 'L':
      return [{ t, v: buf.readBigInt64LE(p) }, p + 8];
    case 'S':
    case 'R': {
      const length = buf.readUInt32LE(p);
      return [{ t, v: buf.subarray(p + 4, p + 4 + length) }, p + 4 + length];
    }
    case 'i':
    case 'f':
    case 'd':
    case 'l':
    case 'b': {
      const length = buf.readUInt32LE(p);
      const encoding = buf.readUInt32LE(p + 4);
      const packedLength = buf.readUInt32LE(p + 8);
      const packed = buf.subarray(p + 12, p + 12 + packedLength);
      const raw = encoding === 1 ? inflateSync(packed) : Buffer.from(packed);
      const aligned = new Uint8Array(raw).buffer; // a fresh, aligned copy
      const next = p + 12 + packedLength;
      if (t === 'i') return [{ t, v: new Int32Array(aligned, 0, length) }, next];
      if (t === 'f') return [{ t, v: new Float32Array(aligned, 0, length) }, next];
      if (t === 'd') return [{ t, v: new Float64Array(aligned, 0, length) }, next];
      if (t === 'l') return [{ t, v: new BigInt64Array(aligned, 0, length) }, next];
      return [{ t: 'b', v: new Uint8Array(aligned, 0, length) }, next];
    }
    default:
      throw new RangeError(`decodeFbxBinary: unknown property type ${JSON.stringify(t)} at ${at}`);
  }
}
