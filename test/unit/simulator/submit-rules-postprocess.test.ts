import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/simulator/files/png.ts';
import { JOB_KINDS, type JobKindName } from '../../../src/tencent/job-kinds.ts';
import {
  checkConvertRequest,
  checkSubmitRequest,
  type RuleViolation,
} from '../../../src/tencent/submit-rules.ts';

/**
 * The rules of the post-processing kinds (docs/hunyuan-api.md §2.5–§2.10), shared by gateway and
 * simulator.
 */

const GLB = { Url: 'https://example.com/model.glb', Type: 'GLB' };
const FBX = { Url: 'https://example.com/model.fbx', Type: 'FBX' };
const OBJ = { Url: 'https://example.com/model.zip', Type: 'OBJ' };

function png(side: number): string {
  return encodePng(side, side, new Uint8Array(side * side * 4)).toString('base64');
}

const violations = (kind: JobKindName, body: Record<string, unknown>) =>
  checkSubmitRequest(JOB_KINDS[kind], body);

describe('post-processing kinds: accepted bodies', () => {
  it.each<[JobKindName, Record<string, unknown>]>([
    ['PART', { File: FBX }],
    // api.json marks Part's File optional (its job then fails: nothing to split).
    ['PART', {}],
    ['PART', { EnableStagedGeneration: true }],
    [
      'PART',
      {
        File: { Url: 'http://127.0.0.1:9/a.fbx', Type: 'fbx' },
        PartSegmentationInfo:
          '{"cat_part_1":{"face_ids":[0,1,2],"color":"#FF805C"},"cat_part_2":{"face_ids":[3]}}',
        EnableStagedGeneration: true,
        EnablePostProcess: false,
      },
    ],
    ['SMART_TOPOLOGY', { File3D: GLB }],
    ['SMART_TOPOLOGY', { File3D: OBJ, FaceLevel: 'low', PolygonType: 'quadrilateral' }],
    ['UV', { File: GLB }],
    ['UV', { File: { ...FBX, Type: 'Fbx' } }],
    ['TEXTURE_EDIT', { File3D: FBX, Prompt: 'a kitten', EnablePBR: true }],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Url: 'https://example.com/ref.jpg' } }],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Base64: png(256) }, EnablePBR: false }],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Base64: png(256), Url: 'https://example.com/ref.png' } }],
    ['CONVERT', { File: OBJ, Format: 'STL' }],
    ...(['USDZ', 'FBX', 'MP4', 'GIF'] as const).map((Format): [JobKindName, Record<string, unknown>] => [
      'CONVERT',
      { File: GLB, Format },
    ]),
    ['AUTO_RIGGING', { File3D: FBX }],
    ['AUTO_RIGGING', { File3D: OBJ, MotionType: 1 }],
    ['AUTO_RIGGING', { File3D: FBX, MotionType: 48 }],
  ])('%s %j', (kind, body) => {
    expect(violations(kind, body)).toEqual([]);
  });
});

describe('post-processing kinds: rejected bodies', () => {
  it.each<[JobKindName, Record<string, unknown>, RuleViolation['tencentCode'], string]>([
    // The model file.
    ['SMART_TOPOLOGY', {}, 'MissingParameter', 'File3D'],
    ['UV', { File3D: GLB }, 'UnknownParameter', 'File3D'],
    ['UV', { File: 'https://example.com/a.glb' }, 'InvalidParameter', 'File'],
    ['UV', { File: [GLB] }, 'InvalidParameter', 'File'],
    ['UV', { File: { Url: 'https://example.com/a.glb' } }, 'MissingParameter', 'File.Type'],
    ['UV', { File: { Type: 'GLB' } }, 'MissingParameter', 'File.Url'],
    [
      'UV',
      { File: { ...GLB, PreviewImageUrl: 'https://x/p.png' } },
      'UnknownParameter',
      'File.PreviewImageUrl',
    ],
    ['UV', { File: { ...GLB, Type: 3 } }, 'InvalidParameter', 'File.Type'],
    ['UV', { File: { ...GLB, Type: 'STL' } }, 'InvalidParameterValue', 'File.Type'],
    ['UV', { File: { ...GLB, Url: 'ftp://example.com/a.glb' } }, 'InvalidParameterValue', 'File.Url'],
    ['UV', { File: { ...GLB, Url: 'not a url' } }, 'InvalidParameterValue', 'File.Url'],
    ['PART', { File: GLB }, 'InvalidParameterValue', 'File.Type'],
    ['SMART_TOPOLOGY', { File3D: FBX }, 'InvalidParameterValue', 'File3D.Type'],
    ['TEXTURE_EDIT', { File3D: OBJ, Prompt: 'x' }, 'InvalidParameterValue', 'File3D.Type'],
    ['AUTO_RIGGING', { File3D: GLB }, 'InvalidParameterValue', 'File3D.Type'],
    // Enumerations and ranges.
    ['SMART_TOPOLOGY', { File3D: GLB, FaceLevel: 'HIGH' }, 'InvalidParameterValue', 'FaceLevel'],
    ['SMART_TOPOLOGY', { File3D: GLB, FaceLevel: 'tiny' }, 'InvalidParameterValue', 'FaceLevel'],
    ['SMART_TOPOLOGY', { File3D: GLB, PolygonType: 'quad' }, 'InvalidParameterValue', 'PolygonType'],
    ['SMART_TOPOLOGY', { File3D: GLB, FaceLevel: 1 }, 'InvalidParameter', 'FaceLevel'],
    ['CONVERT', { File: GLB }, 'MissingParameter', 'Format'],
    ['CONVERT', { File: GLB, Format: 'OBJ' }, 'InvalidParameterValue', 'Format'],
    ['CONVERT', { File: GLB, Format: 'stl' }, 'InvalidParameterValue', 'Format'],
    ['AUTO_RIGGING', { File3D: FBX, MotionType: 0 }, 'InvalidParameterValue', 'MotionType'],
    ['AUTO_RIGGING', { File3D: FBX, MotionType: 49 }, 'InvalidParameterValue', 'MotionType'],
    ['AUTO_RIGGING', { File3D: FBX, MotionType: 1.5 }, 'InvalidParameter', 'MotionType'],
    ['AUTO_RIGGING', { File3D: FBX, MotionType: '1' }, 'InvalidParameter', 'MotionType'],
    // Part's segmentation.
    [
      'PART',
      { File: FBX, PartSegmentationInfo: '{not json' },
      'InvalidParameterValue',
      'PartSegmentationInfo',
    ],
    ['PART', { File: FBX, PartSegmentationInfo: '[1,2]' }, 'InvalidParameterValue', 'PartSegmentationInfo'],
    ['PART', { File: FBX, PartSegmentationInfo: '{}' }, 'InvalidParameterValue', 'PartSegmentationInfo'],
    [
      'PART',
      { File: FBX, PartSegmentationInfo: '{"a":{"face_ids":[1,-2]}}' },
      'InvalidParameterValue',
      'PartSegmentationInfo',
    ],
    [
      'PART',
      { File: FBX, PartSegmentationInfo: '{"a":{"face_ids":[1],"color":"red"}}' },
      'InvalidParameterValue',
      'PartSegmentationInfo',
    ],
    ['PART', { File: FBX, PartSegmentationInfo: { a: 1 } }, 'InvalidParameter', 'PartSegmentationInfo'],
    ['PART', { File: FBX, EnablePostProcess: 'true' }, 'InvalidParameter', 'EnablePostProcess'],
    // TextureEdit's one-of rule and its image.
    ['TEXTURE_EDIT', { File3D: FBX }, 'MissingParameter', 'Prompt'],
    [
      'TEXTURE_EDIT',
      { File3D: FBX, Prompt: 'x', Image: { Url: 'https://x/a.png' } },
      'InvalidParameterValue',
      'Prompt',
    ],
    [
      'TEXTURE_EDIT',
      { File3D: FBX, Image: { Url: 'https://x/a.png' }, EnablePBR: true },
      'InvalidParameterValue',
      'EnablePBR',
    ],
    ['TEXTURE_EDIT', { File3D: FBX, Prompt: '   ' }, 'InvalidParameterValue', 'Prompt'],
    ['TEXTURE_EDIT', { File3D: FBX, Prompt: 'x'.repeat(1025) }, 'InvalidParameterValue', 'Prompt'],
    ['TEXTURE_EDIT', { File3D: FBX, Image: {} }, 'MissingParameter', 'Image.Url'],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Path: '/a.png' } }, 'UnknownParameter', 'Image.Path'],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Url: 'file:///a.png' } }, 'InvalidParameterValue', 'Image.Url'],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Base64: png(128) } }, 'InvalidParameterValue', 'Image.Base64'],
    ['TEXTURE_EDIT', { File3D: FBX, Image: { Base64: png(4096) } }, 'InvalidParameterValue', 'Image.Base64'],
    [
      'TEXTURE_EDIT',
      { File3D: FBX, Image: { Base64: 'not base64!' } },
      'InvalidParameterValue',
      'Image.Base64',
    ],
    ['TEXTURE_EDIT', { File3D: FBX, Image: 'https://x/a.png' }, 'InvalidParameter', 'Image'],
    // Fields of other kinds.
    ['UV', { File: GLB, Prompt: 'a cat' }, 'UnknownParameter', 'Prompt'],
    ['CONVERT', { File: GLB, Format: 'STL', FaceLevel: 'low' }, 'UnknownParameter', 'FaceLevel'],
    ['AUTO_RIGGING', { File3D: FBX, ImageUrl: 'https://x/a.png' }, 'UnknownParameter', 'ImageUrl'],
  ])('%s %j → %s on %s', (kind, body, code, field) => {
    const [first] = violations(kind, body);
    expect(first).toMatchObject({ tencentCode: code, field });
    expect(first?.message).toContain(`\`${field}\``);
  });

  it('lists every violation, shape problems first', () => {
    const all = violations('SMART_TOPOLOGY', { File3D: { Type: 'STL' }, FaceLevel: 'tiny', Extra: 1 });
    expect(all.map((v) => [v.tencentCode, v.field])).toEqual([
      ['UnknownParameter', 'Extra'],
      ['MissingParameter', 'File3D.Url'],
      ['InvalidParameterValue', 'File3D.Type'],
      ['InvalidParameterValue', 'FaceLevel'],
    ]);
  });
});

describe('Convert3DFormat (synchronous)', () => {
  it('takes File3D as a URL string and a Format', () => {
    expect(checkConvertRequest({ File3D: 'https://example.com/a.fbx', Format: 'GIF' })).toEqual([]);
  });

  it.each<[Record<string, unknown>, RuleViolation['tencentCode'], string]>([
    [{ Format: 'STL' }, 'MissingParameter', 'File3D'],
    [{ File3D: 'https://example.com/a.fbx' }, 'MissingParameter', 'Format'],
    [{ File3D: FBX, Format: 'STL' }, 'InvalidParameter', 'File3D'],
    [{ File3D: 'ftp://example.com/a.fbx', Format: 'STL' }, 'InvalidParameterValue', 'File3D'],
    [{ File3D: 'https://example.com/a.fbx', Format: 'GLB' }, 'InvalidParameterValue', 'Format'],
    [{ File3D: 'https://example.com/a.fbx', Format: 'STL', File: FBX }, 'UnknownParameter', 'File'],
  ])('%j → %s on %s', (body, code, field) => {
    expect(checkConvertRequest(body)[0]).toMatchObject({ tencentCode: code, field });
  });
});
