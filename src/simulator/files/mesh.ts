/**
 * The simulator's stand-in for Hunyuan's output: a small, deterministic mesh chosen from the prompt,
 * so a demo shows *something* that tracks the input and tests can compare bytes across runs.
 * Longer than our ~300-line guideline because most of it is the formatted subject and colour tables;
 * the geometry core is ~100 lines and has no other user.
 */
export interface Mesh {
  /** xyz per vertex. */
  positions: Float32Array;
  /** Unit-length xyz per vertex. */
  normals: Float32Array;
  /** Counter-clockwise triangles (glTF's front face). */
  indices: Uint16Array | Uint32Array;
  /** Linear RGB, each 0..1. */
  color: [number, number, number];
}

type Vec3 = readonly [number, number, number];

interface Transform {
  scale?: Vec3;
  /** Rotation in radians about one axis, applied after scale. */
  rotate?: { axis: 'x' | 'y' | 'z'; angle: number };
  translate?: Vec3;
}

interface Builder {
  positions: number[];
  normals: number[];
  indices: number[];
  /** Tessellation multiplier from the face budget. */
  detail: number;
}

/** A surface patch over (u, v) in [0,1]²: position and outward normal in part space. */
type Patch = (u: number, v: number) => readonly [Vec3, Vec3];

const TAU = Math.PI * 2;

/** Default face budget; Hunyuan's own default FaceCount is far larger, we only scale relative to it. */
const REFERENCE_FACES = 100_000;

/** 32-bit FNV-1a over UTF-8: stable across runs and platforms, unlike anything seeded. */
export function hashPrompt(prompt: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(prompt)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function meshForPrompt(prompt: string, faceBudget?: number): Mesh {
  const hash = hashPrompt(prompt.trim().toLowerCase());
  const b: Builder = { positions: [], normals: [], indices: [], detail: detailFor(faceBudget) };
  const build = pickSubject(prompt) ?? PRIMITIVES[hash % PRIMITIVES.length] ?? cube;
  build(b, hash);
  normalize(b);
  const vertexCount = b.positions.length / 3;
  return {
    positions: Float32Array.from(b.positions),
    normals: Float32Array.from(b.normals),
    indices: vertexCount <= 0xffff ? Uint16Array.from(b.indices) : Uint32Array.from(b.indices),
    color: pickColor(prompt) ?? hslToRgb(((hash >>> 8) % 360) / 360, 0.55, 0.55),
  };
}

/** sqrt keeps the response gentle; the clamp keeps every shape well under ~5000 vertices. */
function detailFor(faceBudget: number | undefined): number {
  if (faceBudget === undefined || !Number.isFinite(faceBudget) || faceBudget <= 0) return 1;
  return Math.min(1.5, Math.max(0.5, Math.sqrt(faceBudget / REFERENCE_FACES)));
}

function segments(b: Builder, base: number, min = 3): number {
  return Math.max(min, Math.round(base * b.detail));
}

// ---------------------------------------------------------------------------------------------
// Geometry core

function transformPoint(p: Vec3, t: Transform): Vec3 {
  const s = t.scale ?? [1, 1, 1];
  const r = rotate([p[0] * s[0], p[1] * s[1], p[2] * s[2]], t.rotate);
  const d = t.translate ?? [0, 0, 0];
  return [r[0] + d[0], r[1] + d[1], r[2] + d[2]];
}

/** Normals take the inverse-transpose: divide by scale, rotate, renormalize. */
function transformNormal(n: Vec3, t: Transform): Vec3 {
  const s = t.scale ?? [1, 1, 1];
  return unit(rotate([n[0] / s[0], n[1] / s[1], n[2] / s[2]], t.rotate));
}

function rotate(p: Vec3, r: Transform['rotate']): Vec3 {
  if (r === undefined) return p;
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const [x, y, z] = p;
  if (r.axis === 'x') return [x, y * c - z * s, y * s + z * c];
  if (r.axis === 'y') return [x * c + z * s, y, -x * s + z * c];
  return [x * c - y * s, x * s + y * c, z];
}

function unit(v: Vec3): Vec3 {
  const len = Math.hypot(v[0], v[1], v[2]);
  return len > 0 ? [v[0] / len, v[1] / len, v[2] / len] : [0, 1, 0];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/**
 * Tessellates a patch into a grid. Rather than trusting each parametrisation's handedness, every
 * triangle is wound to agree with its vertex normals, and collapsed ones (poles, apexes, disc
 * centres) are dropped: renderers cull back faces and validators flag degenerate triangles.
 */
function addPatch(b: Builder, uSeg: number, vSeg: number, patch: Patch, t: Transform): void {
  const base = b.positions.length / 3;
  const points: Vec3[] = [];
  const normals: Vec3[] = [];
  for (let i = 0; i <= uSeg; i++) {
    for (let j = 0; j <= vSeg; j++) {
      const [p, n] = patch(i / uSeg, j / vSeg);
      const tp = transformPoint(p, t);
      const tn = transformNormal(n, t);
      points.push(tp);
      normals.push(tn);
      b.positions.push(...tp);
      b.normals.push(...tn);
    }
  }
  const at = (i: number, j: number): number => i * (vSeg + 1) + j;
  const triangle = (i0: number, i1: number, i2: number): void => {
    const [p0, p1, p2] = [points[i0], points[i1], points[i2]];
    const [n0, n1, n2] = [normals[i0], normals[i1], normals[i2]];
    if (!p0 || !p1 || !p2 || !n0 || !n1 || !n2) return;
    const face = cross(sub(p1, p0), sub(p2, p0));
    const area2 = Math.hypot(face[0], face[1], face[2]);
    if (area2 < 1e-9) return;
    const facing = [n0, n1, n2].reduce((sum, n) => sum + n[0] * face[0] + n[1] * face[1] + n[2] * face[2], 0);
    if (facing >= 0) b.indices.push(base + i0, base + i1, base + i2);
    else b.indices.push(base + i0, base + i2, base + i1);
  };
  for (let i = 0; i < uSeg; i++) {
    for (let j = 0; j < vSeg; j++) {
      triangle(at(i, j), at(i + 1, j), at(i + 1, j + 1));
      triangle(at(i, j), at(i + 1, j + 1), at(i, j + 1));
    }
  }
}

/** Centre on the origin and fit the largest extent to 1 unit, as Hunyuan's exports roughly are. */
function normalize(b: Builder): void {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  b.positions.forEach((value, i) => {
    const axis = i % 3;
    min[axis] = Math.min(min[axis] ?? value, value);
    max[axis] = Math.max(max[axis] ?? value, value);
  });
  const centre = min.map((lo, axis) => (lo + (max[axis] ?? lo)) / 2);
  const extent = Math.max(...min.map((lo, axis) => (max[axis] ?? lo) - lo));
  if (!(extent > 0)) return;
  for (let i = 0; i < b.positions.length; i++) {
    b.positions[i] = ((b.positions[i] ?? 0) - (centre[i % 3] ?? 0)) / extent;
  }
}

// ---------------------------------------------------------------------------------------------
// Primitives, each about one unit across and centred on the origin

function box(b: Builder, t: Transform = {}): void {
  // [normal, u, v] with u × v = normal, so each face's corners are laid out consistently.
  const faces: readonly (readonly [Vec3, Vec3, Vec3])[] = [
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    [
      [-1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ],
    [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ],
    [
      [0, -1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ],
    [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ],
    [
      [0, 0, -1],
      [0, 1, 0],
      [1, 0, 0],
    ],
  ];
  for (const [n, u, v] of faces) {
    addPatch(b, 1, 1, (s, r) => [combine(n, 0.5, u, s - 0.5, v, r - 0.5), n], t);
  }
}

function combine(a: Vec3, ka: number, b: Vec3, kb: number, c: Vec3, kc: number): Vec3 {
  return [
    a[0] * ka + b[0] * kb + c[0] * kc,
    a[1] * ka + b[1] * kb + c[1] * kc,
    a[2] * ka + b[2] * kb + c[2] * kc,
  ];
}

function sphere(b: Builder, t: Transform = {}): void {
  const patch: Patch = (u, v) => {
    const theta = u * Math.PI;
    const phi = v * TAU;
    const n: Vec3 = [Math.sin(theta) * Math.sin(phi), Math.cos(theta), Math.sin(theta) * Math.cos(phi)];
    return [[n[0] * 0.5, n[1] * 0.5, n[2] * 0.5], n];
  };
  addPatch(b, segments(b, 16), segments(b, 32), patch, t);
}

/** Flat disc of radius 0.5 at height y facing up (+1) or down (-1). */
function disc(b: Builder, y: number, facing: 1 | -1, radial: number, t: Transform): void {
  const n: Vec3 = [0, facing, 0];
  addPatch(b, 1, radial, (u, v) => [[u * 0.5 * Math.sin(v * TAU), y, u * 0.5 * Math.cos(v * TAU)], n], t);
}

/** Radius 0.5, height 1, axis along y. */
function cylinder(b: Builder, t: Transform = {}, radialBase = 32): void {
  const radial = segments(b, radialBase);
  const side: Patch = (u, v) => {
    const phi = v * TAU;
    return [
      [0.5 * Math.sin(phi), 0.5 - u, 0.5 * Math.cos(phi)],
      [Math.sin(phi), 0, Math.cos(phi)],
    ];
  };
  addPatch(b, 1, radial, side, t);
  disc(b, 0.5, 1, radial, t);
  disc(b, -0.5, -1, radial, t);
}

/** Base radius 0.5 at y = -0.5, apex at y = 0.5. `radialBase` 4 gives a pyramid. */
function cone(b: Builder, t: Transform = {}, radialBase = 32): void {
  const radial = radialBase <= 4 ? radialBase : segments(b, radialBase);
  const side: Patch = (u, v) => {
    const phi = v * TAU;
    return [
      [u * 0.5 * Math.sin(phi), 0.5 - u, u * 0.5 * Math.cos(phi)],
      // Slope normal for radius 0.5 over height 1.
      unit([Math.sin(phi), 0.5, Math.cos(phi)]),
    ];
  };
  addPatch(b, segments(b, 4, 2), radial, side, t);
  disc(b, -0.5, -1, radial, t);
}

function torus(b: Builder, t: Transform = {}, tube = 0.15): void {
  const ring = 0.5 - tube;
  const patch: Patch = (u, v) => {
    const theta = u * TAU;
    const phi = v * TAU;
    const n: Vec3 = [Math.cos(theta) * Math.sin(phi), Math.sin(theta), Math.cos(theta) * Math.cos(phi)];
    return [[ring * Math.sin(phi) + tube * n[0], tube * n[1], ring * Math.cos(phi) + tube * n[2]], n];
  };
  addPatch(b, segments(b, 16), segments(b, 32), patch, t);
}

/** Deterministic proportion in [lo, hi] from some bits of the hash, so same-shape prompts differ. */
function vary(hash: number, shift: number, lo: number, hi: number): number {
  return lo + (((hash >>> shift) & 0xff) / 255) * (hi - lo);
}

type ShapeBuilder = (b: Builder, hash: number) => void;

function cube(b: Builder, hash: number): void {
  box(b, { scale: [1, vary(hash, 16, 0.8, 1.2), 1], rotate: { axis: 'y', angle: Math.PI / 8 } });
}

const ball: ShapeBuilder = (b, hash) => sphere(b, { scale: [1, vary(hash, 16, 0.85, 1.15), 1] });
const ring: ShapeBuilder = (b, hash) =>
  torus(b, { rotate: { axis: 'x', angle: Math.PI / 5 } }, vary(hash, 16, 0.1, 0.2));
const spike: ShapeBuilder = (b, hash) => cone(b, { scale: [1, vary(hash, 16, 0.9, 1.5), 1] });
const drum: ShapeBuilder = (b, hash) => cylinder(b, { scale: [1, vary(hash, 16, 0.7, 1.4), 1] });

const PRIMITIVES: readonly ShapeBuilder[] = [cube, ball, ring, spike, drum];

// ---------------------------------------------------------------------------------------------
// Composites for a few recognisable subjects

const tree: ShapeBuilder = (b) => {
  cylinder(b, { scale: [0.2, 0.6, 0.2], translate: [0, 0.3, 0] }, 16);
  cone(b, { scale: [1, 1, 1], translate: [0, 1.0, 0] });
  cone(b, { scale: [0.7, 0.8, 0.7], translate: [0, 1.55, 0] });
};

const chair: ShapeBuilder = (b) => {
  box(b, { scale: [1, 0.1, 1], translate: [0, 0.55, 0] });
  for (const [x, z] of CORNERS) box(b, { scale: [0.1, 0.5, 0.1], translate: [x * 0.45, 0.25, z * 0.45] });
  box(b, { scale: [1, 1, 0.1], translate: [0, 1.1, -0.45] });
};

const table: ShapeBuilder = (b) => {
  box(b, { scale: [1.6, 0.08, 1], translate: [0, 0.76, 0] });
  for (const [x, z] of CORNERS) box(b, { scale: [0.08, 0.72, 0.08], translate: [x * 0.7, 0.36, z * 0.4] });
};

const car: ShapeBuilder = (b) => {
  box(b, { scale: [2, 0.5, 1], translate: [0, 0.5, 0] });
  box(b, { scale: [1.1, 0.45, 0.9], translate: [-0.15, 0.95, 0] });
  for (const [x, z] of CORNERS) {
    cylinder(
      b,
      {
        scale: [0.45, 0.2, 0.45],
        rotate: { axis: 'x', angle: Math.PI / 2 },
        translate: [x * 0.62, 0.23, z * 0.5],
      },
      20,
    );
  }
};

function quadruped(b: Builder, ears: 'pointed' | 'floppy'): void {
  sphere(b, { scale: [1.2, 0.6, 0.65], translate: [0, 0.75, 0] });
  sphere(b, { scale: [0.55, 0.5, 0.5], translate: [0.75, 1.15, 0] });
  for (const z of [-0.14, 0.14]) {
    if (ears === 'pointed') cone(b, { scale: [0.16, 0.25, 0.16], translate: [0.75, 1.45, z] }, 12);
    else box(b, { scale: [0.08, 0.3, 0.14], translate: [0.75, 1.2, z * 2] });
  }
  for (const [x, z] of CORNERS)
    cylinder(b, { scale: [0.14, 0.55, 0.14], translate: [x * 0.38, 0.28, z * 0.18] }, 12);
  cylinder(
    b,
    { scale: [0.08, 0.7, 0.08], rotate: { axis: 'z', angle: 0.7 }, translate: [-0.8, 1.05, 0] },
    10,
  );
  if (ears === 'floppy') box(b, { scale: [0.25, 0.18, 0.25], translate: [1.05, 1.08, 0] });
}

const house: ShapeBuilder = (b) => {
  box(b, { scale: [1, 0.8, 1], translate: [0, 0.4, 0] });
  cone(b, { scale: [1.5, 0.6, 1.5], rotate: { axis: 'y', angle: Math.PI / 4 }, translate: [0, 1.1, 0] }, 4);
  box(b, { scale: [0.25, 0.45, 0.05], translate: [0, 0.225, 0.5] });
};

const snowman: ShapeBuilder = (b) => {
  sphere(b, { scale: [1, 1, 1], translate: [0, 0.5, 0] });
  sphere(b, { scale: [0.7, 0.7, 0.7], translate: [0, 1.3, 0] });
  sphere(b, { scale: [0.5, 0.5, 0.5], translate: [0, 1.85, 0] });
  cone(
    b,
    { scale: [0.08, 0.3, 0.08], rotate: { axis: 'x', angle: Math.PI / 2 }, translate: [0, 1.85, 0.35] },
    8,
  );
};

/** A person in T-pose (Y up, facing +Z): what ProfileTo3D and Motion make, and AutoRigging wants. */
const figure: ShapeBuilder = (b) => {
  for (const x of [-0.1, 0.1]) cylinder(b, { scale: [0.14, 0.85, 0.14], translate: [x, 0.425, 0] }, 16);
  box(b, { scale: [0.4, 0.6, 0.22], translate: [0, 1.15, 0] });
  cylinder(b, { scale: [0.1, 0.1, 0.1], translate: [0, 1.48, 0] }, 12);
  sphere(b, { scale: [0.26, 0.3, 0.26], translate: [0, 1.62, 0] });
  for (const x of [-0.55, 0.55]) {
    cylinder(
      b,
      { scale: [0.1, 0.7, 0.1], rotate: { axis: 'z', angle: Math.PI / 2 }, translate: [x, 1.38, 0] },
      12,
    );
  }
};

const mushroom: ShapeBuilder = (b) => {
  cylinder(b, { scale: [0.3, 0.7, 0.3], translate: [0, 0.35, 0] }, 20);
  sphere(b, { scale: [1.1, 0.6, 1.1], translate: [0, 0.75, 0] });
};

const rocket: ShapeBuilder = (b) => {
  cylinder(b, { scale: [0.4, 1.4, 0.4], translate: [0, 0.9, 0] });
  cone(b, { scale: [0.4, 0.5, 0.4], translate: [0, 1.85, 0] });
  for (let k = 0; k < 3; k++) {
    const angle = (k * TAU) / 3;
    const offset = 0.3;
    box(b, {
      scale: [0.04, 0.5, 0.3],
      rotate: { axis: 'y', angle: angle + Math.PI / 2 },
      translate: [Math.cos(angle) * offset, 0.35, -Math.sin(angle) * offset],
    });
  }
};

const mug: ShapeBuilder = (b) => {
  cylinder(b, { scale: [0.8, 0.9, 0.8], translate: [0, 0.45, 0] });
  torus(
    b,
    { scale: [0.6, 0.6, 0.6], rotate: { axis: 'x', angle: Math.PI / 2 }, translate: [0.45, 0.45, 0] },
    0.1,
  );
};

const CORNERS: readonly (readonly [number, number])[] = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];

/**
 * Subjects we can draw, composites first. English words match whole words (with a plural s); CJK
 * terms match anywhere, having no spaces.
 */
const SUBJECTS: readonly { words: RegExp; build: ShapeBuilder }[] = [
  {
    words:
      /\b(?:person|people|man|men|woman|women|boy|girl|figure|character|humanoid|player|dancer)s?\b|人物|人像|人偶/i,
    build: figure,
  },
  { words: /\b(?:tree|pine|oak|fir)s?\b|树/i, build: tree },
  { words: /\b(?:chair|stool|seat)s?\b|椅/i, build: chair },
  { words: /\b(?:table|desk)s?\b|桌/i, build: table },
  { words: /\b(?:car|truck|vehicle|van|taxi)s?\b|汽车|卡车/i, build: car },
  { words: /\b(?:cat|kitten|kitty|fox)s?\b|猫/i, build: (b) => quadruped(b, 'pointed') },
  { words: /\b(?:dog|puppy|puppie|horse)s?\b|狗/i, build: (b) => quadruped(b, 'floppy') },
  { words: /\b(?:house|home|cabin|cottage|building)s?\b|房|屋/i, build: house },
  { words: /\bsnow ?m[ae]n\b|雪人/i, build: snowman },
  { words: /\b(?:mushroom|toadstool)s?\b|蘑菇/i, build: mushroom },
  { words: /\b(?:rocket|spaceship)s?\b|火箭/i, build: rocket },
  { words: /\b(?:mug|cup)s?\b|杯/i, build: mug },
  { words: /\b(?:cube|box|block|crate|dice)s?\b|立方|盒/i, build: cube },
  { words: /\b(?:ball|sphere|orb|planet|globe)s?\b|球/i, build: ball },
  { words: /\b(?:donut|doughnut|ring|torus|tyre|tire)s?\b|甜甜圈|环/i, build: ring },
  { words: /\b(?:cone|spike|pyramid)s?\b|锥/i, build: spike },
  { words: /\b(?:cylinder|can|pillar|column|drum)s?\b|圆柱/i, build: drum },
];

/** The subject mentioned first wins: "a cat on a chair" is a cat. */
function pickSubject(prompt: string): ShapeBuilder | undefined {
  let best: { at: number; build: ShapeBuilder } | undefined;
  for (const { words, build } of SUBJECTS) {
    const at = prompt.search(words);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, build };
  }
  return best?.build;
}

/** Linear RGB for common colour words, so "a red cube" comes back red. */
const COLORS: readonly { words: RegExp; rgb: [number, number, number] }[] = [
  { words: /\bred\b|红/i, rgb: [0.7, 0.06, 0.05] },
  { words: /\borange\b|橙/i, rgb: [0.85, 0.3, 0.03] },
  { words: /\b(?:yellow|golden|gold)\b|黄|金/i, rgb: [0.85, 0.65, 0.05] },
  { words: /\bgreen\b|绿/i, rgb: [0.1, 0.45, 0.08] },
  { words: /\bblue\b|蓝/i, rgb: [0.05, 0.15, 0.7] },
  { words: /\b(?:purple|violet)\b|紫/i, rgb: [0.35, 0.08, 0.55] },
  { words: /\bpink\b|粉/i, rgb: [0.9, 0.35, 0.5] },
  { words: /\bbrown\b|棕|褐/i, rgb: [0.3, 0.14, 0.05] },
  { words: /\b(?:white|snowy)\b|白/i, rgb: [0.85, 0.85, 0.85] },
  { words: /\b(?:black)\b|黑/i, rgb: [0.03, 0.03, 0.03] },
  { words: /\b(?:gr[ae]y|silver)\b|灰|银/i, rgb: [0.3, 0.3, 0.3] },
];

function pickColor(prompt: string): [number, number, number] | undefined {
  let best: { at: number; rgb: [number, number, number] } | undefined;
  for (const { words, rgb } of COLORS) {
    const at = prompt.search(words);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, rgb: [...rgb] };
  }
  return best?.rgb;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): number => {
    const k = (n + h * 12) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [channel(0), channel(8), channel(4)];
}
