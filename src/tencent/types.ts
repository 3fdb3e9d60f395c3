/**
 * Wire types of the Hunyuan 3D actions we call (hunyuan-api.md §2). PascalCase as Tencent sends them.
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

export type SubmitJobRequest = SubmitHunyuanTo3DProJobRequest | SubmitHunyuanTo3DRapidJobRequest;

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

export interface TencentErrorBody {
  Code: string;
  Message: string;
}

/** The API 3.0 envelope: `{ Response: {...fields, RequestId} }` or `{ Response: { Error, RequestId } }`. */
export interface TencentEnvelope<T> {
  Response: (T & { RequestId: string }) | { Error: TencentErrorBody; RequestId: string };
}
