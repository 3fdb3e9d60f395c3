/**
 * The job-kind table: every asynchronous 3D action pair is a row here, so adding Part, UV, topology
 * or rigging jobs later is data, not a new code path (docs/hunyuan-api.md §1.3, §4.4, §5).
 */

export type JobKindName =
  | 'PRO'
  | 'RAPID'
  | 'PART'
  | 'SMART_TOPOLOGY'
  | 'UV'
  | 'TEXTURE_EDIT'
  | 'CONVERT'
  | 'AUTO_RIGGING'
  // China ai3d 2025-05-13 only (docs/hunyuan-api.md §1.3, §2.6, §2.8, §2.10).
  | 'REDUCE_FACE'
  | 'TEXTURE_TO_3D'
  | 'PROFILE'
  | 'MOTION';

/** The products that carry 3D actions (docs/hunyuan-api.md §1.1); each offers its own rows. */
export type ProductId = 'intl-hunyuan' | 'intl-ai3d' | 'china-ai3d';

/** The model file a post-processing action takes (InputFile3D `{ Url, Type }`). */
export interface ModelFileSpec {
  /**
   * The request field that carries it: Tencent names it `File` on some actions, `File3D` on others,
   * and `RetargetFile` on Motion.
   */
  readonly field: 'File' | 'File3D' | 'RetargetFile';
  readonly required: boolean;
  /**
   * What an optional file left out means: `fail` (Part, China UV: accepted, and the job has nothing to
   * work on) or `own` (Motion: it animates a character of its own). @default 'fail'
   */
  readonly whenAbsent?: 'fail' | 'own' | undefined;
  /** Formats Tencent accepts for it (InputFile3D.Type), upper case; Type is matched case-insensitively. */
  readonly types: readonly string[];
  /** The largest file Tencent states it takes, in bytes. */
  readonly maxBytes: number;
  /** The most triangles Tencent states it takes (UV: "less than 30,000"); undefined when none is stated. */
  readonly maxFaces?: number | undefined;
  /**
   * Tencent's structure for it: `InputFile3D` `{ Url, Type }`, or the output `File3D` (China ReduceFace
   * and TextureTo3D), which also declares `PreviewImageUrl` ("无意义，可忽略": accepted, ignored), so a
   * previous job's result entry can be passed as is. @default 'InputFile3D'
   */
  readonly struct?: 'InputFile3D' | 'File3D' | undefined;
}

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
  /** The input model of post-processing kinds; undefined for kinds that generate from a prompt or image. */
  readonly file?: ModelFileSpec | undefined;
  /** Fields besides the model file that a Submit must carry (`MissingParameter` without them). */
  readonly requiredFields?: readonly string[] | undefined;
  /**
   * Where a reference image goes when the kind takes one as Tencent's ImageInfo `{ Url, Base64 }`
   * (TextureEdit and TextureTo3D: `Image`; Profile: `Profile`) rather than `ImageUrl`/`ImageBase64`.
   */
  readonly imageInfoField?: 'Image' | 'Profile' | undefined;
  /** Each side of that image, exclusive bounds as Tencent states them ("less than 4096 and greater than 128"). */
  readonly imageInfoSides?: { readonly min: number; readonly max: number } | undefined;
  /** Generates from a prompt or image alone (PRO, RAPID): checked by the generation rules. */
  readonly generates?: boolean | undefined;
  /** PRO/RAPID: the ResultFormat values it takes (where it declares the field). */
  readonly resultFormats?: readonly string[] | undefined;
  /** PRO: the smallest FaceCount (intl ai3d: 40000). @default FACE_COUNT_MIN */
  readonly faceCountMin?: number | undefined;
  /** PRO: the GenerateTypes `Model` 3.1 cannot do. @default LowPoly and Sketch (intl) */
  readonly model31Excludes?: readonly string[] | undefined;
}

const MB = 1024 * 1024;

/**
 * Enumerations of the submit fields (docs/hunyuan-api.md §2: intl hunyuan 2023-09-01, source S6; China
 * ai3d 2025-05-13, source S7).
 */
export const GENERATE_TYPES = ['Normal', 'LowPoly', 'Geometry', 'Sketch'] as const;
export const POLYGON_TYPES = ['triangle', 'quadrilateral'] as const;
export const PRO_MODELS = ['3.0', '3.1'] as const;
export const VIEW_TYPES_30 = ['left', 'right', 'back'] as const;
export const VIEW_TYPES_31 = ['left', 'right', 'back', 'top', 'bottom', 'left_front', 'right_front'] as const;
export const RAPID_RESULT_FORMATS = ['OBJ', 'GLB', 'STL', 'USDZ', 'FBX', 'MP4', 'GIF'] as const;
/** China Pro's ResultFormat: one extra format besides the default OBJ and GLB. */
export const PRO_RESULT_FORMATS = ['STL', 'USDZ', 'FBX'] as const;
/** China Part's Model. */
export const PART_MODELS = ['1.5'] as const;
/** China TextureTo3D's Model (multi-view only on 3.1) and TextureSize (square, px). */
export const TEXTURE_MODELS = ['3.0', '3.1'] as const;
export const TEXTURE_SIZE_MIN = 720;
export const TEXTURE_SIZE_MAX = 4096;
/** China ProfileTo3D's Template: Tencent's 20 character templates. */
export const PROFILE_TEMPLATES = [
  'basketball',
  'badminton',
  'pingpong',
  'gymnastics',
  'pilidance',
  'tennis',
  'athletics',
  'footballboykicking1',
  'footballboykicking2',
  'guitar',
  'footballboy',
  'skateboard',
  'futuresoilder',
  'explorer',
  'beardollgirl',
  'bibpantsboy',
  'womansitpose',
  'womanstandpose2',
  'mysteriousprincess',
  'manstandpose2',
] as const;
/** China Motion's Model and Duration (seconds). */
export const MOTION_MODELS = ['HY-Motion-1.0'] as const;
export const MOTION_DURATION_MIN = 1;
export const MOTION_DURATION_MAX = 12;
/** Smart topology's FaceLevel. */
export const FACE_LEVELS = ['high', 'medium', 'low'] as const;
/** Formats SubmitConvert3DFormatJob and Convert3DFormat produce. */
export const CONVERT_FORMATS = ['STL', 'USDZ', 'FBX', 'MP4', 'GIF'] as const;
/** AutoRigging's MotionType: an index into Tencent's 48 preset motions (1 = Roundhouse Kick … 48 = Send Shockwave). */
export const MOTION_TYPE_MIN = 1;
export const MOTION_TYPE_MAX = 48;
/**
 * The synchronous conversion (docs/hunyuan-api.md §2.9): `{ File3D: <url string>, Format }` answered with
 * `{ ResultFile3D: <url string> }`. Not a job kind: no JobId, no slot; the rate limit still holds.
 */
export const CONVERT_SYNC_ACTION = 'Convert3DFormat';
export const CONVERT_SYNC_FIELDS = ['File3D', 'Format'] as const;
/** Convert3DFormat's input limit ("≤ 60 MB"). */
export const CONVERT_SYNC_MAX_BYTES = 60 * MB;
export const FACE_COUNT_MIN = 3000;
export const FACE_COUNT_MAX = 1_500_000;
export const IMAGE_SIDE_MIN = 128;
export const IMAGE_SIDE_MAX = 5000;
/** Sum of all multi-view images, encoded. */
export const MULTI_VIEW_MAX_BYTES = 8 * 1024 * 1024;
/** TC3 POST body limit. */
export const BODY_MAX_BYTES = 10 * 1024 * 1024;

/** The intl `hunyuan` 2023-09-01 product (docs/hunyuan-api.md §1.3): its 8 job kinds. */
type IntlKindName = Exclude<JobKindName, 'REDUCE_FACE' | 'TEXTURE_TO_3D' | 'PROFILE' | 'MOTION'>;

const INTL_KINDS: Readonly<Record<IntlKindName, JobKind>> = {
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
    generates: true,
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
    generates: true,
    resultFormats: RAPID_RESULT_FORMATS,
  },
  // Post-processing actions of the intl hunyuan 2023-09-01 product (docs/hunyuan-api.md §2.5–§2.10,
  // source S6).
  // Where Tencent states no concurrency, 1 (docs/hunyuan-api.md §4.4).
  PART: {
    name: 'PART',
    submitAction: 'SubmitHunyuan3DPartJob',
    queryAction: 'QueryHunyuan3DPartJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File', 'PartSegmentationInfo', 'EnableStagedGeneration', 'EnablePostProcess'],
    imageBase64MaxBytes: 0,
    // api.json marks File optional; a Submit without one is accepted, and its job fails (there is
    // nothing to split), which is what the simulator does.
    file: { field: 'File', required: false, types: ['FBX'], maxBytes: 200 * MB, maxFaces: 1_500_000 },
  },
  SMART_TOPOLOGY: {
    name: 'SMART_TOPOLOGY',
    submitAction: 'Submit3DSmartTopologyJob',
    queryAction: 'Describe3DSmartTopologyJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File3D', 'PolygonType', 'FaceLevel'],
    imageBase64MaxBytes: 0,
    file: { field: 'File3D', required: true, types: ['GLB', 'OBJ'], maxBytes: 200 * MB },
  },
  UV: {
    name: 'UV',
    submitAction: 'SubmitHunyuanTo3DUVJob',
    queryAction: 'DescribeHunyuanTo3DUVJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File'],
    imageBase64MaxBytes: 0,
    // "less than 30,000 faces and no more than 100 connected components".
    file: {
      field: 'File',
      required: true,
      types: ['FBX', 'OBJ', 'GLB'],
      maxBytes: 200 * MB,
      maxFaces: 29_999,
    },
  },
  TEXTURE_EDIT: {
    name: 'TEXTURE_EDIT',
    submitAction: 'SubmitHunyuanTo3DTextureEditJob',
    queryAction: 'QueryHunyuanTo3DTextureEditJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 1024,
    submitFields: ['File3D', 'Image', 'Prompt', 'EnablePBR'],
    imageBase64MaxBytes: 10 * 1024 * 1024,
    file: { field: 'File3D', required: true, types: ['FBX'], maxBytes: 200 * MB },
    imageInfoField: 'Image',
    imageInfoSides: { min: 129, max: 4095 },
  },
  CONVERT: {
    name: 'CONVERT',
    submitAction: 'SubmitConvert3DFormatJob',
    queryAction: 'DescribeConvert3DFormatJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File', 'Format'],
    imageBase64MaxBytes: 0,
    // OBJ "must be a compressed package URL" (obj + mtl + textures); a bare .obj is read too.
    file: { field: 'File', required: true, types: ['FBX', 'OBJ', 'GLB'], maxBytes: 200 * MB },
    requiredFields: ['Format'],
  },
  AUTO_RIGGING: {
    name: 'AUTO_RIGGING',
    submitAction: 'SubmitAutoRiggingJob',
    queryAction: 'DescribeAutoRiggingJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File3D', 'MotionType'],
    imageBase64MaxBytes: 0,
    file: { field: 'File3D', required: true, types: ['FBX', 'OBJ'], maxBytes: 60 * MB },
  },
};

/**
 * The China `ai3d` 2025-05-13 product (docs/hunyuan-api.md §1.3, §2.5–§2.10, source S7): the same Pro,
 * Rapid, Part, UV and AutoRigging action names with its own fields, and four kinds the intl product
 * lacks. Its ReduceFace is intl's smart topology, its TextureTo3D a different re-texturing (OBJ/GLB in,
 * Model 3.0/3.1, multi-view, EnableKeepUV, TextureSize). It has no Convert3DFormat job (only the
 * synchronous call) and no TextureEdit.
 */
const CHINA_AI3D_KINDS: Readonly<Partial<Record<JobKindName, JobKind>>> = {
  // China Pro also takes ResultFormat (STL, USDZ or FBX besides the default OBJ and GLB).
  PRO: {
    ...INTL_KINDS.PRO,
    submitFields: [...INTL_KINDS.PRO.submitFields, 'ResultFormat'],
    resultFormats: PRO_RESULT_FORMATS,
    // Its Model 3.1 rules out LowPoly only (intl: LowPoly and Sketch).
    model31Excludes: ['LowPoly'],
  },
  // China Rapid's ResultFormat has no GIF.
  RAPID: { ...INTL_KINDS.RAPID, resultFormats: RAPID_RESULT_FORMATS.filter((f) => f !== 'GIF') },
  // Its Part takes a Model (`1.5`, the only value).
  PART: { ...INTL_KINDS.PART, submitFields: [...INTL_KINDS.PART.submitFields, 'Model'] },
  REDUCE_FACE: {
    name: 'REDUCE_FACE',
    submitAction: 'SubmitReduceFaceJob',
    queryAction: 'DescribeReduceFaceJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File3D', 'PolygonType', 'FaceLevel'],
    imageBase64MaxBytes: 0,
    // China states no size; intl's smart topology takes 200 MB.
    file: { field: 'File3D', required: true, types: ['OBJ', 'GLB'], maxBytes: 200 * MB, struct: 'File3D' },
  },
  TEXTURE_TO_3D: {
    name: 'TEXTURE_TO_3D',
    submitAction: 'SubmitTextureTo3DJob',
    queryAction: 'DescribeTextureTo3DJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 200,
    submitFields: [
      'File3D',
      'Model',
      'MultiViewImages',
      'Prompt',
      'Image',
      'EnablePBR',
      'EnableKeepUV',
      'TextureSize',
    ],
    imageBase64MaxBytes: 10 * 1024 * 1024,
    file: { field: 'File3D', required: true, types: ['OBJ', 'GLB'], maxBytes: 200 * MB, struct: 'File3D' },
    imageInfoField: 'Image',
    imageInfoSides: { min: 129, max: 4095 },
  },
  // China's UV File is optional (req=false); without one the job has nothing to unfold.
  UV: {
    ...INTL_KINDS.UV,
    file: { field: 'File', required: false, types: ['FBX', 'OBJ', 'GLB'], maxBytes: 200 * MB },
  },
  PROFILE: {
    name: 'PROFILE',
    submitAction: 'SubmitProfileTo3DJob',
    queryAction: 'DescribeProfileTo3DJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['Profile', 'Template'],
    imageBase64MaxBytes: 10 * 1024 * 1024,
    requiredFields: ['Profile'],
    imageInfoField: 'Profile',
    // "单边分辨率小于4096且大于500".
    imageInfoSides: { min: 501, max: 4095 },
  },
  MOTION: {
    name: 'MOTION',
    submitAction: 'SubmitHunyuanTo3DMotionJob',
    queryAction: 'DescribeHunyuanTo3DMotionJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 128,
    submitFields: [
      'Prompt',
      'Model',
      'RetargetFile',
      'Duration',
      'EnableMesh',
      'EnableRewrite',
      'EnableDurationEst',
    ],
    imageBase64MaxBytes: 0,
    requiredFields: ['Prompt'],
    // "only models made by Hunyuan's motion templates" can be retargeted; Tencent names no type or
    // size, so FBX (what Motion itself makes) and the rigging limit of 60 MB.
    file: { field: 'RetargetFile', required: false, whenAbsent: 'own', types: ['FBX'], maxBytes: 60 * MB },
  },
  // China AutoRigging takes FBX or GLB (intl: FBX or OBJ).
  AUTO_RIGGING: {
    ...INTL_KINDS.AUTO_RIGGING,
    file: { field: 'File3D', required: true, types: ['FBX', 'GLB'], maxBytes: 60 * MB },
  },
};

export type KindTable = Readonly<Partial<Record<JobKindName, JobKind>>>;

/** What each product offers: its rows, and whether it answers the synchronous Convert3DFormat. */
export interface ProductSpec {
  readonly id: ProductId;
  readonly host: string;
  readonly version: string;
  readonly service: string;
  readonly kinds: KindTable;
  readonly convertSync: boolean;
}

export const PRODUCT_SPECS: Readonly<Record<ProductId, ProductSpec>> = {
  'intl-hunyuan': {
    id: 'intl-hunyuan',
    host: 'hunyuan.intl.tencentcloudapi.com',
    version: '2023-09-01',
    service: 'hunyuan',
    kinds: INTL_KINDS,
    convertSync: true,
  },
  // The intl ai3d host carries only Pro (docs/hunyuan-api.md §1.3, sources S1, S6).
  'intl-ai3d': {
    id: 'intl-ai3d',
    host: 'ai3d.intl.tencentcloudapi.com',
    version: '2025-05-13',
    service: 'ai3d',
    // Its Pro has no Model and takes FaceCount from 40000 (S6 ai3d api.json).
    kinds: {
      PRO: {
        ...INTL_KINDS.PRO,
        submitFields: INTL_KINDS.PRO.submitFields.filter((f) => f !== 'Model'),
        faceCountMin: 40_000,
      },
    },
    convertSync: false,
  },
  'china-ai3d': {
    id: 'china-ai3d',
    host: 'ai3d.tencentcloudapi.com',
    version: '2025-05-13',
    service: 'ai3d',
    kinds: CHINA_AI3D_KINDS,
    convertSync: true,
  },
};

/**
 * The product an endpoint and API version address: 2023-09-01 is the intl hunyuan product; 2025-05-13
 * is intl ai3d on its host and China ai3d everywhere else (its own host, and the simulator reached as
 * 127.0.0.1, whose local default for that version is China's, as Tencent's only full ai3d product).
 */
export function productFor(endpointHost: string, version: string): ProductSpec {
  if (version === '2023-09-01') return PRODUCT_SPECS['intl-hunyuan'];
  return endpointHost.toLowerCase() === PRODUCT_SPECS['intl-ai3d'].host
    ? PRODUCT_SPECS['intl-ai3d']
    : PRODUCT_SPECS['china-ai3d'];
}

/** Rows of a product's table, in the order of JOB_KIND_NAMES. */
export function kindsOf(table: KindTable): JobKind[] {
  return JOB_KIND_NAMES.flatMap((name) => table[name] ?? []);
}

/**
 * Every kind's row on the first product that offers it (intl first): the defaults behind
 * descriptions and settings. What a running gateway accepts is its configured product's table.
 */
export const JOB_KINDS: Readonly<Record<JobKindName, JobKind>> = {
  ...(CHINA_AI3D_KINDS as Record<JobKindName, JobKind>),
  ...INTL_KINDS,
};

export const JOB_KIND_NAMES: readonly JobKindName[] = [
  'PRO',
  'RAPID',
  'PART',
  'SMART_TOPOLOGY',
  'UV',
  'TEXTURE_EDIT',
  'CONVERT',
  'AUTO_RIGGING',
  'REDUCE_FACE',
  'TEXTURE_TO_3D',
  'PROFILE',
  'MOTION',
];

/**
 * The rows a gateway configured for `product` works with: the product's own where it has them,
 * the defaults elsewhere (for stored jobs of a kind it no longer offers, and for descriptions).
 * Which kinds it accepts is `product.kinds`.
 */
export function rowsFor(product: ProductSpec): Readonly<Record<JobKindName, JobKind>> {
  return { ...JOB_KINDS, ...product.kinds };
}

/** The products that offer a kind, for errors that say where it is. */
export function productsOffering(kind: JobKindName): ProductSpec[] {
  return Object.values(PRODUCT_SPECS).filter((p) => p.kinds[kind] !== undefined);
}
