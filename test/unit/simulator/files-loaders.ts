import type { BufferGeometry, Group, Mesh, Object3D } from 'three';
import { FBXLoader } from 'three/addons/loaders/FBXLoader.js';
import { type GLTF, GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { OBJLoader } from 'three/addons/loaders/OBJLoader.js';
import { STLLoader } from 'three/addons/loaders/STLLoader.js';
import { USDLoader } from 'three/addons/loaders/USDLoader.js';
import { readImageInfo } from '../../../src/tencent/image-info.ts';

/**
 * three.js's own loaders, run in Node, as the parsers the simulator's files must satisfy. Geometry
 * needs no DOM; textures do, so `withImageShims` installs the least a loader touches (`self`,
 * `createImageBitmap` that reads a PNG header, and a `document` whose images never load) and
 * removes it afterwards.
 */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function loadGltf(bytes: Uint8Array): Promise<GLTF> {
  return new GLTFLoader().parseAsync(arrayBufferOf(bytes), '');
}

export function loadObj(text: string): Group {
  return new OBJLoader().parse(text);
}

export function loadFbx(bytes: Uint8Array): Group {
  return new FBXLoader().parse(arrayBufferOf(bytes), '');
}

export function loadStl(bytes: Uint8Array): BufferGeometry {
  return new STLLoader().parse(arrayBufferOf(bytes));
}

export function loadUsd(bytes: Uint8Array): Group {
  return new USDLoader().parse(arrayBufferOf(bytes));
}

export function meshesOf(root: Object3D): Mesh[] {
  const out: Mesh[] = [];
  root.traverse((o) => {
    if ((o as Mesh).isMesh) out.push(o as Mesh);
  });
  return out;
}

export function trianglesOf(mesh: Mesh): number {
  const g = mesh.geometry;
  return (g.index ? g.index.count : g.getAttribute('position').count) / 3;
}

export function totalTriangles(root: Object3D): number {
  return meshesOf(root).reduce((n, m) => n + trianglesOf(m), 0);
}

interface FakeImage {
  src: string;
  addEventListener(): void;
  removeEventListener(): void;
}

export async function withImageShims<T>(fn: () => Promise<T> | T): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const saved = { self: g.self, document: g.document, createImageBitmap: g.createImageBitmap };
  g.self = globalThis;
  g.document = {
    createElementNS: (): FakeImage => ({ src: '', addEventListener() {}, removeEventListener() {} }),
  };
  g.createImageBitmap = async (blob: Blob) => {
    const info = readImageInfo(new Uint8Array(await blob.arrayBuffer()));
    if (!info) throw new Error('not an image');
    return { width: info.width, height: info.height, close() {} };
  };
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  }
}
