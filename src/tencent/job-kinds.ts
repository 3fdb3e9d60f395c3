/**
 * The job-kind table: every asynchronous 3D action pair is a row here, so adding Part, UV, topology
 * or rigging jobs later is data, not a new code path (hunyuan-api.md §1.3, §4.4, §5).
 */

export type JobKindName = 'PRO' | 'RAPID';

export interface JobKind {
  readonly name: JobKindName;
  readonly submitAction: string;
  readonly queryAction: string;
  /** Running jobs the account may hold at once (Tencent's default concurrency). */
  readonly slots: number;
  /** Requests per second Tencent allows for each of the two actions. */
  readonly ratePerSecond: number;
  /** Maximum prompt length in characters (UTF-8 characters, i.e. code points). */
  readonly promptMaxChars: number;
  /** Request fields Tencent declares for the submit action; anything else is `UnknownParameter`. */
  readonly submitFields: readonly string[];
  /** Maximum ImageBase64 length in bytes as sent (encoded). */
  readonly imageBase64MaxBytes: number;
}

export const JOB_KINDS: Readonly<Record<JobKindName, JobKind>> = {
  PRO: {
    name: 'PRO',
    submitAction: 'SubmitHunyuanTo3DProJob',
    queryAction: 'QueryHunyuanTo3DProJob',
    slots: 3,
    ratePerSecond: 20,
    promptMaxChars: 1024,
    submitFields: [
      'Model',
      'Prompt',
      'ImageBase64',
      'ImageUrl',
      'MultiViewImages',
      'EnablePBR',
      'FaceCount',
      'GenerateType',
      'PolygonType',
    ],
    imageBase64MaxBytes: 8 * 1024 * 1024,
  },
  RAPID: {
    name: 'RAPID',
    submitAction: 'SubmitHunyuanTo3DRapidJob',
    queryAction: 'QueryHunyuanTo3DRapidJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 200,
    submitFields: ['Prompt', 'ImageBase64', 'ImageUrl', 'ResultFormat', 'EnablePBR', 'EnableGeometry'],
    imageBase64MaxBytes: 8 * 1024 * 1024,
  },
};

export const JOB_KIND_NAMES = Object.keys(JOB_KINDS) as JobKindName[];

export function kindBySubmitAction(action: string): JobKind | undefined {
  return Object.values(JOB_KINDS).find((k) => k.submitAction === action);
}

export function kindByQueryAction(action: string): JobKind | undefined {
  return Object.values(JOB_KINDS).find((k) => k.queryAction === action);
}

/** Enumerations of the submit fields (intl hunyuan 2023-09-01, S6). */
export const GENERATE_TYPES = ['Normal', 'LowPoly', 'Geometry', 'Sketch'] as const;
export const POLYGON_TYPES = ['triangle', 'quadrilateral'] as const;
export const PRO_MODELS = ['3.0', '3.1'] as const;
export const VIEW_TYPES_30 = ['left', 'right', 'back'] as const;
export const VIEW_TYPES_31 = ['left', 'right', 'back', 'top', 'bottom', 'left_front', 'right_front'] as const;
export const RAPID_RESULT_FORMATS = ['OBJ', 'GLB', 'STL', 'USDZ', 'FBX', 'MP4', 'GIF'] as const;
export const FACE_COUNT_MIN = 3000;
export const FACE_COUNT_MAX = 1_500_000;
export const IMAGE_SIDE_MIN = 128;
export const IMAGE_SIDE_MAX = 5000;
/** Sum of all multi-view images, encoded. */
export const MULTI_VIEW_MAX_BYTES = 8 * 1024 * 1024;
/** TC3 POST body limit. */
export const BODY_MAX_BYTES = 10 * 1024 * 1024;
