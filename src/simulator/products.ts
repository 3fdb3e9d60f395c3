import {
  CONVERT_SYNC_ACTION,
  JOB_KINDS,
  type JobKind,
  type KindTable,
  kindsOf,
  PRODUCT_SPECS,
  type ProductSpec,
} from '../tencent/job-kinds.ts';
import { SimulatorApiError } from './api-error.ts';

/**
 * The host/version pairs that carry 3D actions, and the retired ones (docs/hunyuan-api.md §1): the
 * gateway's product table (which kinds each offers, with its own rows) plus what only a server
 * needs (regions, message language, which product a loopback Host means).
 */
export interface Product {
  readonly id: ProductSpec['id'] | 'china-hunyuan';
  readonly host: string;
  readonly version: string;
  /** Credential-scope service: the host's first label. */
  readonly service: string;
  readonly regions: readonly string[];
  readonly kinds: KindTable;
  /** Whether the synchronous `Convert3DFormat` is served here. */
  readonly convertSync: boolean;
  /** Default language of messages when X-TC-Language is absent. */
  readonly language: 'zh-CN' | 'en-US';
  /** Chosen when the Host header is not a Tencent host (127.0.0.1:PORT, localhost…). */
  readonly localDefault: boolean;
}

const INTL_REGIONS = ['ap-singapore', 'na-siliconvalley'] as const;
const CHINA_REGIONS = ['ap-guangzhou', 'ap-shanghai', 'ap-beijing'] as const;

export const PRODUCTS: readonly Product[] = [
  { ...PRODUCT_SPECS['intl-hunyuan'], regions: INTL_REGIONS, language: 'en-US', localDefault: true },
  { ...PRODUCT_SPECS['intl-ai3d'], regions: INTL_REGIONS, language: 'en-US', localDefault: false },
  { ...PRODUCT_SPECS['china-ai3d'], regions: CHINA_REGIONS, language: 'zh-CN', localDefault: true },
  {
    // Text/image only today; kept so the retired To3DJob actions get a precise answer here.
    id: 'china-hunyuan',
    host: 'hunyuan.tencentcloudapi.com',
    version: '2023-09-01',
    service: 'hunyuan',
    regions: CHINA_REGIONS,
    kinds: {},
    convertSync: false,
    language: 'zh-CN',
    localDefault: false,
  },
];

/** Removed from every site (CLI 3.0.1365.1 and 3.0.1419.1). */
export const RETIRED_ACTIONS: readonly string[] = ['SubmitHunyuanTo3DJob', 'QueryHunyuanTo3DJob'];

const TENCENT_DOMAIN = '.tencentcloudapi.com';

/** Host header without its port, lowercased; IPv6 literals keep their brackets. */
export function hostName(hostHeader: string): string {
  return hostHeader.trim().toLowerCase().replace(/:\d+$/, '');
}

/**
 * The product a request addresses: by Host when it is a Tencent host, else by the credential
 * scope's service and X-TC-Version (the simulator reached as 127.0.0.1:PORT).
 */
export function resolveProduct(
  hostHeader: string,
  version: string,
  scopeService: string | undefined,
): Product {
  const name = hostName(hostHeader);
  if (name.endsWith(TENCENT_DOMAIN)) {
    const forHost = PRODUCTS.filter((p) => p.host === name);
    if (forHost.length === 0) {
      throw new SimulatorApiError('NoSuchProduct', `The product at host \`${name}\` is not served here.`);
    }
    return pickVersion(forHost, version);
  }
  const local = PRODUCTS.filter((p) => p.localDefault);
  const forService = local.filter((p) => p.service === scopeService);
  // An unknown scope service still resolves by version; the signature check then rejects the scope.
  return pickVersion(forService.length > 0 ? forService : local, version);
}

function pickVersion(candidates: readonly Product[], version: string): Product {
  const product = candidates.find((p) => p.version === version);
  if (product) return product;
  const versions = [...new Set(candidates.map((p) => p.version))].join(', ');
  throw new SimulatorApiError(
    'NoSuchVersion',
    `The requested version \`${version}\` of service \`${candidates[0]?.service ?? ''}\` does not exist (available: ${versions}).`,
  );
}

/** `convert` is the synchronous Convert3DFormat, which produces a CONVERT result without a job. */
export type ActionRoute = { op: 'submit' | 'query' | 'convert'; kind: JobKind };

export function routeAction(product: Product, action: string): ActionRoute {
  if (product.convertSync && action === CONVERT_SYNC_ACTION)
    return { op: 'convert', kind: JOB_KINDS.CONVERT };
  for (const kind of kindsOf(product.kinds)) {
    if (kind.submitAction === action) return { op: 'submit', kind };
    if (kind.queryAction === action) return { op: 'query', kind };
  }
  if (RETIRED_ACTIONS.includes(action)) {
    throw new SimulatorApiError(
      'InvalidAction',
      `The action \`${action}\` has been retired; use SubmitHunyuanTo3DProJob/QueryHunyuanTo3DProJob on ${product.host}.`,
    );
  }
  throw new SimulatorApiError(
    'InvalidAction',
    `The requested action \`${action}\` does not exist for ${product.host} version ${product.version}.`,
  );
}

export function checkRegion(product: Product, region: string | undefined): void {
  if (region === undefined || region === '') {
    throw new SimulatorApiError(
      'MissingParameter',
      'The request is missing a required parameter `Region` (X-TC-Region).',
    );
  }
  if (!product.regions.includes(region)) {
    throw new SimulatorApiError(
      'UnsupportedRegion',
      `The action does not support region \`${region}\`; ${product.host} supports: ${product.regions.join(', ')}.`,
    );
  }
}
