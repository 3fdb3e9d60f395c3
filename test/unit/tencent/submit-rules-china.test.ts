import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/simulator/files/png.ts';
import { type JobKind, type JobKindName, PRODUCT_SPECS } from '../../../src/tencent/job-kinds.ts';
import { checkSubmitRequest, type RuleViolation } from '../../../src/tencent/submit-rules.ts';

/**
 * The China ai3d 2025-05-13 rows (docs/hunyuan-api.md §2.5–§2.10, source S7) through the rules the
 * gateway and the simulator share: the four China-only kinds and China's own Pro, Part, UV and
 * AutoRigging.
 */

const CHINA = PRODUCT_SPECS['china-ai3d'].kinds;
const INTL = PRODUCT_SPECS['intl-hunyuan'].kinds;

function row(table: typeof CHINA, kind: JobKindName): JobKind {
  const found = table[kind];
  if (!found) throw new Error(`no ${kind} row`);
  return found;
}

const violations = (kind: JobKindName, body: Record<string, unknown>) =>
  checkSubmitRequest(row(CHINA, kind), body);

const GLB = { Url: 'https://example.com/model.glb', Type: 'GLB' };
const OBJ = { Url: 'https://example.com/model.zip', Type: 'OBJ' };
const FBX = { Url: 'https://example.com/model.fbx', Type: 'FBX' };
const STL = { Url: 'https://example.com/model.stl', Type: 'STL' };

/** A real PNG of the given size, base64 (what readImageInfo measures). */
function png(width: number, height = width): string {
  return encodePng(width, height, new Uint8Array(width * height * 4)).toString('base64');
}

const VIEWS = [
  { ViewType: 'left', ViewImageUrl: 'https://example.com/left.png' },
  { ViewType: 'top', ViewImageBase64: png(200) },
];

describe('China ai3d rows', () => {
  it('has the four China-only kinds, one slot each, and no SmartTopology, TextureEdit or Convert job', () => {
    for (const kind of ['REDUCE_FACE', 'TEXTURE_TO_3D', 'PROFILE', 'MOTION'] as const) {
      expect(row(CHINA, kind).slots).toBe(1);
      expect(INTL[kind]).toBeUndefined();
    }
    expect(row(CHINA, 'REDUCE_FACE')).toMatchObject({
      submitAction: 'SubmitReduceFaceJob',
      queryAction: 'DescribeReduceFaceJob',
    });
    expect(row(CHINA, 'TEXTURE_TO_3D')).toMatchObject({
      submitAction: 'SubmitTextureTo3DJob',
      queryAction: 'DescribeTextureTo3DJob',
    });
    expect(row(CHINA, 'PROFILE')).toMatchObject({
      submitAction: 'SubmitProfileTo3DJob',
      queryAction: 'DescribeProfileTo3DJob',
    });
    expect(row(CHINA, 'MOTION')).toMatchObject({
      submitAction: 'SubmitHunyuanTo3DMotionJob',
      queryAction: 'DescribeHunyuanTo3DMotionJob',
    });
    expect(CHINA.SMART_TOPOLOGY).toBeUndefined();
    expect(CHINA.TEXTURE_EDIT).toBeUndefined();
    expect(CHINA.CONVERT).toBeUndefined();
    expect(PRODUCT_SPECS['china-ai3d'].convertSync).toBe(true);
  });
});

describe('China ai3d: accepted bodies', () => {
  it.each<[JobKindName, Record<string, unknown>]>([
    // ReduceFace: File3D (OBJ or GLB, Type in any case), FaceLevel, PolygonType.
    ['REDUCE_FACE', { File3D: GLB }],
    ['REDUCE_FACE', { File3D: { ...OBJ, Type: 'obj' }, FaceLevel: 'low', PolygonType: 'quadrilateral' }],
    ['REDUCE_FACE', { File3D: GLB, FaceLevel: 'high', PolygonType: 'triangle' }],
    // Its File3D is Tencent's output structure: a previous result's PreviewImageUrl is ignored.
    ['REDUCE_FACE', { File3D: { ...GLB, PreviewImageUrl: 'https://example.com/preview.png' } }],
    // TextureTo3D: exactly one of Prompt / Image; views with Image on 3.1.
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: 'a wooden texture' }],
    ['TEXTURE_TO_3D', { File3D: OBJ, Prompt: '木'.repeat(200) }],
    ['TEXTURE_TO_3D', { File3D: GLB, Image: { Url: 'https://example.com/ref.jpg' } }],
    ['TEXTURE_TO_3D', { File3D: GLB, Image: { Base64: png(129) } }],
    ['TEXTURE_TO_3D', { File3D: GLB, Image: { Base64: png(4095, 300) } }],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Model: '3.1', Image: { Url: 'https://x/a.png' }, MultiViewImages: VIEWS },
    ],
    ['TEXTURE_TO_3D', { File3D: GLB, Model: '3.0', Prompt: 'gold', EnablePBR: true, EnableKeepUV: true }],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: 'gold', TextureSize: 720 }],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: 'gold', TextureSize: 4096 }],
    ['TEXTURE_TO_3D', { File3D: { ...GLB, PreviewImageUrl: 'https://x/p.png' }, Prompt: 'gold' }],
    // Profile: the headshot by Url or Base64 (each side 501..4095), a Template.
    ['PROFILE', { Profile: { Url: 'https://example.com/me.jpg' } }],
    ['PROFILE', { Profile: { Base64: png(501) }, Template: 'basketball' }],
    ['PROFILE', { Profile: { Base64: png(4095, 600) }, Template: 'manstandpose2' }],
    ['PROFILE', { Profile: { Base64: png(600), Url: 'https://example.com/me.png' }, Template: 'explorer' }],
    // Motion: a Prompt, and the rest optional.
    ['MOTION', { Prompt: 'a man waves' }],
    ['MOTION', { Prompt: '跳'.repeat(128), Duration: 1 }],
    [
      'MOTION',
      {
        Prompt: 'walks forward',
        Model: 'HY-Motion-1.0',
        RetargetFile: { ...FBX, Type: 'fbx' },
        Duration: 12,
        EnableMesh: false,
        EnableRewrite: true,
        EnableDurationEst: true,
      },
    ],
    // China's versions of intl kinds.
    ['PRO', { Prompt: 'a cat', ResultFormat: 'STL' }],
    ['PRO', { Prompt: 'a cat', ResultFormat: 'USDZ' }],
    ['PRO', { ImageUrl: 'https://example.com/cat.png', ResultFormat: 'FBX' }],
    ['PART', { File: FBX, Model: '1.5' }],
    ['UV', {}],
    ['UV', { File: GLB }],
    ['AUTO_RIGGING', { File3D: GLB }],
    ['AUTO_RIGGING', { File3D: FBX, MotionType: 48 }],
  ])('%s %j', (kind, body) => {
    expect(violations(kind, body)).toEqual([]);
  });
});

describe('China ai3d: rejected bodies', () => {
  it.each<[JobKindName, Record<string, unknown>, RuleViolation['tencentCode'], string]>([
    // ReduceFace.
    ['REDUCE_FACE', {}, 'MissingParameter', 'File3D'],
    ['REDUCE_FACE', { FaceLevel: 'low' }, 'MissingParameter', 'File3D'],
    ['REDUCE_FACE', { File3D: FBX }, 'InvalidParameterValue', 'File3D.Type'],
    ['REDUCE_FACE', { File3D: STL }, 'InvalidParameterValue', 'File3D.Type'],
    ['REDUCE_FACE', { File3D: { Url: GLB.Url } }, 'MissingParameter', 'File3D.Type'],
    ['REDUCE_FACE', { File3D: { Type: 'GLB' } }, 'MissingParameter', 'File3D.Url'],
    ['REDUCE_FACE', { File3D: { ...GLB, Path: '/a' } }, 'UnknownParameter', 'File3D.Path'],
    ['REDUCE_FACE', { File3D: { ...GLB, Url: 'ftp://x/a.glb' } }, 'InvalidParameterValue', 'File3D.Url'],
    ['REDUCE_FACE', { File3D: GLB, FaceLevel: 'HIGH' }, 'InvalidParameterValue', 'FaceLevel'],
    ['REDUCE_FACE', { File3D: GLB, FaceLevel: 'ultra' }, 'InvalidParameterValue', 'FaceLevel'],
    ['REDUCE_FACE', { File3D: GLB, PolygonType: 'quad' }, 'InvalidParameterValue', 'PolygonType'],
    ['REDUCE_FACE', { File3D: GLB, FaceLevel: 2 }, 'InvalidParameter', 'FaceLevel'],
    ['REDUCE_FACE', { File3D: GLB, FaceCount: 3000 }, 'UnknownParameter', 'FaceCount'],
    // TextureTo3D: its inputs.
    ['TEXTURE_TO_3D', { Prompt: 'gold' }, 'MissingParameter', 'File3D'],
    ['TEXTURE_TO_3D', { File3D: FBX, Prompt: 'gold' }, 'InvalidParameterValue', 'File3D.Type'],
    ['TEXTURE_TO_3D', { File3D: GLB }, 'MissingParameter', 'Prompt'],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Prompt: 'gold', Image: { Url: 'https://x/a.png' } },
      'InvalidParameterValue',
      'Prompt',
    ],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: 'x'.repeat(201) }, 'InvalidParameterValue', 'Prompt'],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: '木'.repeat(201) }, 'InvalidParameterValue', 'Prompt'],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: ' ' }, 'InvalidParameterValue', 'Prompt'],
    // Views are extra views of the reference image: alone they are no reference.
    ['TEXTURE_TO_3D', { File3D: GLB, Model: '3.1', MultiViewImages: VIEWS }, 'MissingParameter', 'Prompt'],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Image: { Url: 'https://x/a.png' }, MultiViewImages: VIEWS },
      'InvalidParameterValue',
      'MultiViewImages',
    ],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Model: '3.0', Image: { Url: 'https://x/a.png' }, MultiViewImages: VIEWS },
      'InvalidParameterValue',
      'MultiViewImages',
    ],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Model: '3.1', Prompt: 'gold', MultiViewImages: VIEWS },
      'InvalidParameterValue',
      'MultiViewImages',
    ],
    [
      'TEXTURE_TO_3D',
      {
        File3D: GLB,
        Model: '3.1',
        Image: { Url: 'https://x/a.png' },
        MultiViewImages: [{ ViewType: 'front', ViewImageUrl: 'https://x/f.png' }],
      },
      'InvalidParameterValue',
      'MultiViewImages.0.ViewType',
    ],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Model: '3.1', Image: { Url: 'https://x/a.png' }, MultiViewImages: [VIEWS[0], VIEWS[0]] },
      'InvalidParameterValue',
      'MultiViewImages.1.ViewType',
    ],
    ['TEXTURE_TO_3D', { File3D: GLB, Image: { Base64: png(128) } }, 'InvalidParameterValue', 'Image.Base64'],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Image: { Base64: png(4096, 300) } },
      'InvalidParameterValue',
      'Image.Base64',
    ],
    ['TEXTURE_TO_3D', { File3D: GLB, Image: {} }, 'MissingParameter', 'Image.Url'],
    // TextureTo3D: its options.
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Prompt: 'gold', TextureSize: 719 },
      'InvalidParameterValue',
      'TextureSize',
    ],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Prompt: 'gold', TextureSize: 4097 },
      'InvalidParameterValue',
      'TextureSize',
    ],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Prompt: 'gold', TextureSize: 1024.5 },
      'InvalidParameter',
      'TextureSize',
    ],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Prompt: 'gold', TextureSize: '1024' },
      'InvalidParameter',
      'TextureSize',
    ],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: 'gold', Model: '3.2' }, 'InvalidParameterValue', 'Model'],
    ['TEXTURE_TO_3D', { File3D: GLB, Prompt: 'gold', Model: 3.1 }, 'InvalidParameter', 'Model'],
    [
      'TEXTURE_TO_3D',
      { File3D: GLB, Prompt: 'gold', EnableKeepUV: 'yes' },
      'InvalidParameter',
      'EnableKeepUV',
    ],
    // Profile.
    ['PROFILE', {}, 'MissingParameter', 'Profile'],
    ['PROFILE', { Template: 'tennis' }, 'MissingParameter', 'Profile'],
    ['PROFILE', { Profile: {} }, 'MissingParameter', 'Profile.Url'],
    ['PROFILE', { Profile: 'https://example.com/me.jpg' }, 'InvalidParameter', 'Profile'],
    ['PROFILE', { Profile: { Url: 'file:///me.jpg' } }, 'InvalidParameterValue', 'Profile.Url'],
    ['PROFILE', { Profile: { Base64: png(500) } }, 'InvalidParameterValue', 'Profile.Base64'],
    ['PROFILE', { Profile: { Base64: png(800, 500) } }, 'InvalidParameterValue', 'Profile.Base64'],
    ['PROFILE', { Profile: { Base64: png(4096, 800) } }, 'InvalidParameterValue', 'Profile.Base64'],
    ['PROFILE', { Profile: { Base64: 'not base64!' } }, 'InvalidParameterValue', 'Profile.Base64'],
    ['PROFILE', { Profile: { Url: 'https://x/me.jpg', Path: 'a' } }, 'UnknownParameter', 'Profile.Path'],
    [
      'PROFILE',
      { Profile: { Url: 'https://x/me.jpg' }, Template: 'football' },
      'InvalidParameterValue',
      'Template',
    ],
    [
      'PROFILE',
      { Profile: { Url: 'https://x/me.jpg' }, Template: 'Basketball' },
      'InvalidParameterValue',
      'Template',
    ],
    ['PROFILE', { Profile: { Url: 'https://x/me.jpg' }, Prompt: 'me' }, 'UnknownParameter', 'Prompt'],
    // Motion.
    ['MOTION', {}, 'MissingParameter', 'Prompt'],
    ['MOTION', { Duration: 5 }, 'MissingParameter', 'Prompt'],
    ['MOTION', { Prompt: 'x'.repeat(129) }, 'InvalidParameterValue', 'Prompt'],
    ['MOTION', { Prompt: '跳'.repeat(129) }, 'InvalidParameterValue', 'Prompt'],
    ['MOTION', { Prompt: '' }, 'InvalidParameterValue', 'Prompt'],
    ['MOTION', { Prompt: 'walk', Duration: 0 }, 'InvalidParameterValue', 'Duration'],
    ['MOTION', { Prompt: 'walk', Duration: 13 }, 'InvalidParameterValue', 'Duration'],
    ['MOTION', { Prompt: 'walk', Duration: 2.5 }, 'InvalidParameter', 'Duration'],
    ['MOTION', { Prompt: 'walk', Model: 'HY-Motion-2.0' }, 'InvalidParameterValue', 'Model'],
    ['MOTION', { Prompt: 'walk', Model: 'hy-motion-1.0' }, 'InvalidParameterValue', 'Model'],
    ['MOTION', { Prompt: 'walk', RetargetFile: GLB }, 'InvalidParameterValue', 'RetargetFile.Type'],
    ['MOTION', { Prompt: 'walk', RetargetFile: { Type: 'FBX' } }, 'MissingParameter', 'RetargetFile.Url'],
    ['MOTION', { Prompt: 'walk', RetargetFile: FBX.Url }, 'InvalidParameter', 'RetargetFile'],
    ['MOTION', { Prompt: 'walk', EnableMesh: 'false' }, 'InvalidParameter', 'EnableMesh'],
    ['MOTION', { Prompt: 'walk', File3D: FBX }, 'UnknownParameter', 'File3D'],
    ['MOTION', { Prompt: 'walk', MotionType: 3 }, 'UnknownParameter', 'MotionType'],
    // China's Pro, Part, UV and AutoRigging.
    ['PRO', { Prompt: 'a cat', ResultFormat: 'OBJ' }, 'InvalidParameterValue', 'ResultFormat'],
    ['PRO', { Prompt: 'a cat', ResultFormat: 'MP4' }, 'InvalidParameterValue', 'ResultFormat'],
    ['PRO', { Prompt: 'a cat', ResultFormat: 'stl' }, 'InvalidParameterValue', 'ResultFormat'],
    ['PART', { File: FBX, Model: '1.0' }, 'InvalidParameterValue', 'Model'],
    ['PART', { File: FBX, Model: 1.5 }, 'InvalidParameter', 'Model'],
    ['PART', { File: GLB, Model: '1.5' }, 'InvalidParameterValue', 'File.Type'],
    ['UV', { File: STL }, 'InvalidParameterValue', 'File.Type'],
    ['UV', { File: { Url: GLB.Url } }, 'MissingParameter', 'File.Type'],
    ['AUTO_RIGGING', { File3D: OBJ }, 'InvalidParameterValue', 'File3D.Type'],
    ['AUTO_RIGGING', {}, 'MissingParameter', 'File3D'],
  ])('%s %j → %s on %s', (kind, body, code, field) => {
    const [first] = violations(kind, body);
    expect(first).toMatchObject({ tencentCode: code, field });
    expect(first?.message).toContain(`\`${field}\``);
  });

  it('names the limits it enforces in its messages', () => {
    const message = (kind: JobKindName, body: Record<string, unknown>) => violations(kind, body)[0]?.message;
    expect(message('MOTION', { Prompt: 'x'.repeat(129) })).toContain('at most 128 characters');
    expect(message('TEXTURE_TO_3D', { File3D: GLB, Prompt: 'x'.repeat(201) })).toContain('at most 200');
    expect(message('MOTION', { Prompt: 'walk', Duration: 13 })).toContain('between 1 and 12');
    expect(message('TEXTURE_TO_3D', { File3D: GLB, Prompt: 'a', TextureSize: 8192 })).toContain(
      'between 720 and 4096',
    );
    expect(message('PROFILE', { Profile: { Base64: png(500) } })).toContain('between 501 and 4095');
    expect(message('REDUCE_FACE', { File3D: FBX })).toContain('`OBJ`, `GLB`');
    expect(message('MOTION', { Prompt: 'walk', Model: 'x' })).toContain('`HY-Motion-1.0`');
    expect(message('PART', { File: FBX, Model: '2' })).toContain('`1.5`');
    expect(message('PROFILE', { Profile: { Url: 'https://x/a.png' }, Template: 'x' })).toContain(
      '`basketball`',
    );
  });
});

describe('China and intl rows differ where Tencent does', () => {
  it.each<
    [
      JobKindName,
      Record<string, unknown>,
      RuleViolation['tencentCode'] | 'OK',
      RuleViolation['tencentCode'] | 'OK',
    ]
  >([
    ['PRO', { Prompt: 'a cat', ResultFormat: 'STL' }, 'OK', 'UnknownParameter'],
    ['PART', { File: FBX, Model: '1.5' }, 'OK', 'UnknownParameter'],
    ['UV', {}, 'OK', 'MissingParameter'],
    ['AUTO_RIGGING', { File3D: GLB }, 'OK', 'InvalidParameterValue'],
    ['AUTO_RIGGING', { File3D: OBJ }, 'InvalidParameterValue', 'OK'],
  ])('%s %j: China %s, intl %s', (kind, body, china, intl) => {
    const code = (table: typeof CHINA) => checkSubmitRequest(row(table, kind), body)[0]?.tencentCode ?? 'OK';
    expect(code(CHINA)).toBe(china);
    expect(code(INTL)).toBe(intl);
  });

  it('intl kinds keep InputFile3D: a PreviewImageUrl in their model file is unknown', () => {
    const [first] = checkSubmitRequest(row(INTL, 'SMART_TOPOLOGY'), {
      File3D: { ...GLB, PreviewImageUrl: 'https://x/p.png' },
    });
    expect(first).toMatchObject({ tencentCode: 'UnknownParameter', field: 'File3D.PreviewImageUrl' });
  });
});

describe('Pro and Rapid as each product states them', () => {
  const fields = (list: RuleViolation[]) => list.map((v) => `${v.tencentCode} ${v.field}`);

  it('intl ai3d Pro has no Model and takes FaceCount from 40000', () => {
    const pro = row(PRODUCT_SPECS['intl-ai3d'].kinds, 'PRO');
    expect(fields(checkSubmitRequest(pro, { Prompt: 'a cup', Model: '3.1' }))).toEqual([
      'UnknownParameter Model',
    ]);
    const low = checkSubmitRequest(pro, { Prompt: 'a cup', FaceCount: 3000 });
    expect(fields(low)).toEqual(['InvalidParameterValue FaceCount']);
    expect(low[0]?.message).toContain('between 40000 and 1500000');
    expect(checkSubmitRequest(pro, { Prompt: 'a cup', FaceCount: 40_000 })).toEqual([]);
    // intl hunyuan Pro still takes 3000.
    expect(checkSubmitRequest(row(INTL, 'PRO'), { Prompt: 'a cup', FaceCount: 3000 })).toEqual([]);
  });

  it('China Pro 3.1 rules out LowPoly only; intl Pro 3.1 also Sketch', () => {
    const sketch = { Model: '3.1', GenerateType: 'Sketch', ImageUrl: 'https://example.com/s.png' };
    expect(violations('PRO', sketch)).toEqual([]);
    expect(fields(violations('PRO', { Model: '3.1', GenerateType: 'LowPoly', Prompt: 'a cup' }))).toEqual([
      'InvalidParameterValue GenerateType',
    ]);
    expect(fields(checkSubmitRequest(row(INTL, 'PRO'), sketch))).toEqual([
      'InvalidParameterValue GenerateType',
    ]);
  });

  it("China Rapid's ResultFormat has no GIF; intl Rapid's has", () => {
    expect(fields(violations('RAPID', { Prompt: 'a cup', ResultFormat: 'GIF' }))).toEqual([
      'InvalidParameterValue ResultFormat',
    ]);
    expect(violations('RAPID', { Prompt: 'a cup', ResultFormat: 'MP4' })).toEqual([]);
    expect(checkSubmitRequest(row(INTL, 'RAPID'), { Prompt: 'a cup', ResultFormat: 'GIF' })).toEqual([]);
  });
});
