/**
 * The file behind each `File3D.Type` Tencent returns, as an extension, for when the result URL has
 * none (it usually has one, which wins). Tencent delivers a generated OBJ as a zip (model, material
 * and textures together) on Pro/Rapid results, and a bare `.obj` on UV/Part/Topology/TextureEdit
 * results (which name it in the URL); IMAGE and TEXTURE_IMAGE are PNG. Shared by the gateway's
 * /files proxy and the simulator, which serves what Tencent would.
 */
export const RESULT_TYPE_EXTENSIONS = {
  GLB: 'glb',
  OBJ: 'zip',
  POSTPROCESS_OBJ: 'obj',
  ZIP: 'zip',
  MTL: 'mtl',
  FBX: 'fbx',
  STL: 'stl',
  USDZ: 'usdz',
  GIF: 'gif',
  MP4: 'mp4',
  IMAGE: 'png',
  TEXTURE_IMAGE: 'png',
} as const satisfies Readonly<Record<string, string>>;
