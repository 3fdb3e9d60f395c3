import { hashPrompt } from './mesh.ts';
import { bounds, type Joint, type JointAnimation, type MeshData, type Vec3, vertexCount } from './model.ts';

/**
 * Auto-rigging: a 17-joint humanoid skeleton fitted to the model's bounding box (Y up, facing +Z,
 * as Tencent asks for a T- or A-posed character) and skin weights from each vertex's distance to
 * the two nearest bones. `motion` adds a looping clip (AutoRigging's MotionType, or Motion's
 * prompt), so a viewer has something to play.
 */
export type MotionKind = 'idle' | 'wave' | 'walk';
const MOTIONS: readonly MotionKind[] = ['idle', 'wave', 'walk'];

export interface RigOptions {
  /** A MotionType index, a motion prompt, or a kind; none for a rig without animation. */
  motion?: number | string | undefined;
  /** Clip length in seconds (Motion's Duration, 1..12). @default 4 */
  duration?: number;
}

/** [name, parent, x (fraction of width, + is the model's left), y (fraction of height)]. */
const TEMPLATE: readonly (readonly [string, number, number, number])[] = [
  ['Hips', -1, 0, 0.5],
  ['Spine', 0, 0, 0.62],
  ['Chest', 1, 0, 0.74],
  ['Neck', 2, 0, 0.84],
  ['Head', 3, 0, 0.92],
  ['LeftShoulder', 2, 0.08, 0.8],
  ['LeftArm', 5, 0.2, 0.8],
  ['LeftHand', 6, 0.42, 0.8],
  ['RightShoulder', 2, -0.08, 0.8],
  ['RightArm', 8, -0.2, 0.8],
  ['RightHand', 9, -0.42, 0.8],
  ['LeftUpLeg', 0, 0.1, 0.47],
  ['LeftLeg', 11, 0.1, 0.25],
  ['LeftFoot', 12, 0.1, 0.04],
  ['RightUpLeg', 0, -0.1, 0.47],
  ['RightLeg', 14, -0.1, 0.25],
  ['RightFoot', 15, -0.1, 0.04],
];

export function motionKind(motion: number | string): MotionKind {
  if (typeof motion === 'number') return MOTIONS[Math.abs(Math.trunc(motion)) % MOTIONS.length] ?? 'idle';
  const text = motion.toLowerCase();
  if ((MOTIONS as readonly string[]).includes(text)) return text as MotionKind;
  if (/walk|run|jog|march|走|跑/.test(text)) return 'walk';
  if (/wave|hello|hi\b|greet|挥手|招手/.test(text)) return 'wave';
  return MOTIONS[hashPrompt(text) % MOTIONS.length] ?? 'idle';
}

export function autoRig(mesh: MeshData, opts: RigOptions = {}): MeshData {
  const { min, max } = bounds(mesh.positions);
  const width = max[0] - min[0] || 1;
  const height = max[1] - min[1] || 1;
  const cx = (min[0] + max[0]) / 2;
  const cz = (min[2] + max[2]) / 2;
  const joints: Joint[] = TEMPLATE.map(([name, parent, x, y]) => ({
    name,
    parent,
    position: [cx + x * width, min[1] + y * height, cz],
  }));

  const n = vertexCount(mesh);
  const jointIndices = new Uint16Array(n * 4);
  const weights = new Float32Array(n * 4);
  const segments = joints.map((joint, j) => {
    const child = joints.findIndex((c) => c.parent === j);
    return [joint.position, joints[child]?.position ?? joint.position] as const;
  });
  const distances = new Float64Array(joints.length);
  for (let v = 0; v < n; v++) {
    const p: Vec3 = [mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!];
    segments.forEach(([a, b], j) => {
      distances[j] = segmentDistance(p, a, b);
    });
    const nearest = Array.from(distances.keys())
      .sort((a, b) => distances[a]! - distances[b]! || a - b)
      .slice(0, 2);
    const raw = nearest.map((j) => 1 / (distances[j]! + 1e-4 * height) ** 4);
    const total = raw.reduce((s, w) => s + w, 0);
    nearest.forEach((j, k) => {
      jointIndices[v * 4 + k] = j;
      weights[v * 4 + k] = (raw[k] ?? 0) / total;
    });
  }
  const out: MeshData = { ...mesh, skin: { joints, jointIndices, weights } };
  delete out.faces;
  if (opts.motion !== undefined && out.skin) {
    out.skin.animation = motionClip(joints, motionKind(opts.motion), opts.duration ?? 4);
  }
  return out;
}

function segmentDistance(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const ap = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const len2 = ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2;
  const t =
    len2 > 0 ? Math.min(1, Math.max(0, (ap[0]! * ab[0]! + ap[1]! * ab[1]! + ap[2]! * ab[2]!) / len2)) : 0;
  return Math.hypot(ap[0]! - t * ab[0]!, ap[1]! - t * ab[1]!, ap[2]! - t * ab[2]!);
}

const KEYS_PER_SECOND = 12;

/** A looping clip: rotation keys for every joint (identity where the motion leaves it alone). */
export function motionClip(joints: readonly Joint[], kind: MotionKind, duration: number): JointAnimation {
  const seconds = Math.min(12, Math.max(1, duration));
  const keys = Math.round(seconds * KEYS_PER_SECOND) + 1;
  const times = Float32Array.from({ length: keys }, (_, k) => (k * seconds) / (keys - 1));
  const index = (name: string) => joints.findIndex((j) => j.name === name);
  const rotations = joints.map(() => new Float32Array(keys * 4));
  const set = (name: string, k: number, axis: 0 | 1 | 2, degrees: number): void => {
    const j = index(name);
    if (j < 0) return;
    const half = (degrees * Math.PI) / 360;
    const q = [0, 0, 0, Math.cos(half)];
    q[axis] = Math.sin(half);
    rotations[j]!.set(q, k * 4);
  };
  for (let k = 0; k < keys; k++) {
    for (const r of rotations) r[k * 4 + 3] = 1;
    // Whole cycles over the clip, so it loops without a jump.
    const cycles = Math.max(1, Math.round(seconds / (kind === 'walk' ? 1 : 2)));
    const phase = ((times[k] ?? 0) / seconds) * cycles * 2 * Math.PI;
    const s = Math.sin(phase);
    if (kind === 'idle') {
      set('Spine', k, 2, 4 * s);
      set('Head', k, 0, 6 * Math.sin(phase + 1));
      set('LeftShoulder', k, 2, -55 + 3 * s);
      set('RightShoulder', k, 2, 55 - 3 * s);
    } else if (kind === 'wave') {
      set('RightShoulder', k, 2, -70);
      set('RightArm', k, 2, 25 * s);
      set('LeftShoulder', k, 2, -60);
      set('Head', k, 1, 10 * s);
    } else {
      set('LeftUpLeg', k, 0, 30 * s);
      set('RightUpLeg', k, 0, -30 * s);
      set('LeftLeg', k, 0, 20 * Math.max(0, -s));
      set('RightLeg', k, 0, 20 * Math.max(0, s));
      set('LeftShoulder', k, 0, -25 * s);
      set('RightShoulder', k, 0, 25 * s);
      set('Spine', k, 1, 5 * s);
    }
  }
  return { name: kind, times, rotations };
}
