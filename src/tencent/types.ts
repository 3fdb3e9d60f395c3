/**
 * Wire types of the Hunyuan 3D actions we call (docs/hunyuan-api.md §2). PascalCase as Tencent sends them.
 * Everything crossing the upstream boundary is one of these; nothing is `any`.
 */

export type TencentJobStatus = 'WAIT' | 'RUN' | 'DONE' | 'FAIL';

export interface ViewImage {
  ViewType?: string;
  ViewImageUrl?: string;
  ViewImageBase64?: string;
}

export interface SubmitHunyuanTo3DProJobRequest {
  Model?: string;
  Prompt?: string;
  ImageBase64?: string;
  ImageUrl?: string;
  MultiViewImages?: ViewImage[];
  EnablePBR?: boolean;
  FaceCount?: number;
  GenerateType?: 'Normal' | 'LowPoly' | 'Geometry' | 'Sketch';
  PolygonType?: 'triangle' | 'quadrilateral';
}

export interface SubmitHunyuanTo3DRapidJobRequest {
  Prompt?: string;
  ImageBase64?: string;
  ImageUrl?: string;
  ResultFormat?: string;
  EnablePBR?: boolean;
  EnableGeometry?: boolean;
}

/** InputFile3D: the model a post-processing action takes (both members required). */
export interface InputFile3D {
  Url: string;
  /** `FBX`, `OBJ` or `GLB` as the action accepts (case-insensitive). */
  Type: string;
}

/** ImageInfo: TextureEdit's reference image; one of the two, Url wins when both are sent. */
export interface ImageInfo {
  Base64?: string;
  Url?: string;
}

export interface SubmitHunyuan3DPartJobRequest {
  File?: InputFile3D;
  /** JSON text: `{"<mesh>_part_1": {"face_ids": [1, 2, 3], "color": "#FF805C"}}`. */
  PartSegmentationInfo?: string;
  EnableStagedGeneration?: boolean;
  EnablePostProcess?: boolean;
}

export interface Submit3DSmartTopologyJobRequest {
  File3D: InputFile3D;
  PolygonType?: 'triangle' | 'quadrilateral';
  FaceLevel?: 'high' | 'medium' | 'low';
}

export interface SubmitHunyuanTo3DUVJobRequest {
  File: InputFile3D;
}

export interface SubmitHunyuanTo3DTextureEditJobRequest {
  File3D: InputFile3D;
  Image?: ImageInfo;
  Prompt?: string;
  EnablePBR?: boolean;
}

export interface SubmitConvert3DFormatJobRequest {
  File: InputFile3D;
  Format: 'STL' | 'USDZ' | 'FBX' | 'MP4' | 'GIF';
}

export interface SubmitAutoRiggingJobRequest {
  File3D: InputFile3D;
  /** 1..48, Tencent's preset motions. */
  MotionType?: number;
}

export type SubmitJobRequest =
  | SubmitHunyuanTo3DProJobRequest
  | SubmitHunyuanTo3DRapidJobRequest
  | SubmitHunyuan3DPartJobRequest
  | Submit3DSmartTopologyJobRequest
  | SubmitHunyuanTo3DUVJobRequest
  | SubmitHunyuanTo3DTextureEditJobRequest
  | SubmitConvert3DFormatJobRequest
  | SubmitAutoRiggingJobRequest;

/** The synchronous conversion: `File3D` is a URL string here. */
export interface Convert3DFormatRequest {
  File3D: string;
  Format: 'STL' | 'USDZ' | 'FBX' | 'MP4' | 'GIF';
}

export interface Convert3DFormatResponse {
  /** URL of the converted file. */
  ResultFile3D: string;
  RequestId: string;
}

export interface SubmitJobResponse {
  JobId: string;
  RequestId: string;
}

export interface QueryJobRequest {
  JobId: string;
}

export interface File3D {
  Type?: string;
  Url?: string;
  PreviewImageUrl?: string;
}

export interface QueryJobResponse {
  Status: TencentJobStatus;
  ErrorCode: string;
  ErrorMessage: string;
  ResultFile3Ds: File3D[];
  RequestId: string;
}

/** QueryHunyuan3DPartJob's answer adds the segmentation (JSON text of face ids and colours per part). */
export interface QueryPartJobResponse extends QueryJobResponse {
  PartSegmentationInfo?: string;
}

export interface TencentErrorBody {
  Code: string;
  Message: string;
}

/** The API 3.0 envelope: `{ Response: {...fields, RequestId} }` or `{ Response: { Error, RequestId } }`. */
export interface TencentEnvelope<T> {
  Response: (T & { RequestId: string }) | { Error: TencentErrorBody; RequestId: string };
}
