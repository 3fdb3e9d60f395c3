import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { InvalidWebhookInputError, WebhookTargetNotAllowedError } from './errors.ts';

/**
 * The SSRF guard of webhook targets. A webhook URL is the client's, and the gateway sits inside a
 * network: without a guard, `createWebhook(url: "http://169.254.169.254/…")` or a name resolving to
 * 10.0.0.5 would make it POST to internal services. Targets are refused when they are, or resolve
 * to, a private, loopback, link-local, unique-local, CGNAT, unspecified, multicast, reserved or
 * documentation address (IPv4, IPv6, and IPv4 carried in IPv6). Checked when the webhook is created
 * (a clear error) and again on every delivery, on the address actually connected to (the connect
 * lookup of the sender's dispatcher), so a name that later resolves inward (DNS rebinding) is
 * refused too. WEBHOOK_ALLOW_PRIVATE_TARGETS=true turns the guard off (development, tests).
 */

type Bytes = number[];

function parseIPv4(text: string): Bytes | undefined {
  if (isIP(text) !== 4) return undefined;
  return text.split('.').map(Number);
}

/** 16 bytes of an IPv6 address (with `::` and a dotted IPv4 tail); undefined when it is not one. */
function parseIPv6(text: string): Bytes | undefined {
  const address = text.replace(/%.*$/, '');
  if (isIP(address) !== 6) return undefined;
  let head = address;
  const tail: number[] = [];
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted?.[1]) {
    const v4 = parseIPv4(dotted[1]);
    if (!v4) return undefined;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    head = address.slice(0, dotted.index + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left = '', right] = head.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)));
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const fill = 8 - l.length - r.length - tail.length;
  if (fill < 0 || (right === undefined && fill !== 0)) return undefined;
  const words = [...l, ...Array<number>(fill).fill(0), ...r, ...tail];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/** `bytes` starts with the `bits` leading bits of `prefix`. */
function inPrefix(bytes: Bytes, prefix: Bytes, bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i / 8] ?? 0) & mask) !== ((prefix[i / 8] ?? 0) & mask)) return false;
  }
  return true;
}

const V4_BLOCKED: ReadonlyArray<[Bytes, number]> = [
  [[0, 0, 0, 0], 8], // "this network", unspecified
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // CGNAT (shared address space)
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local (cloud metadata services live here)
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 88, 99, 0], 24], // 6to4 relay anycast (deprecated)
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, broadcast
];

function v4Blocked(bytes: Bytes): boolean {
  return V4_BLOCKED.some(([prefix, bits]) => inPrefix(bytes, prefix, bits));
}

const V6_BLOCKED: ReadonlyArray<[Bytes, number]> = [
  [[0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48], // local-use NAT64
  [[0x01, 0x00], 64], // discard-only
  [[0x20, 0x01, 0x00, 0x00], 32], // Teredo (carries an obfuscated IPv4)
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0xfc], 7], // unique local
  [[0xfe, 0x80], 10], // link-local
  [[0xfe, 0xc0], 10], // site-local (deprecated)
  [[0xff], 8], // multicast
];

function v6Blocked(bytes: Bytes): boolean {
  // IPv4 carried in IPv6 is judged as that IPv4: compatible (::/96, with :: and ::1), mapped
  // (::ffff:0:0/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
  if (inPrefix(bytes, Array(12).fill(0), 96)) return v4Blocked(bytes.slice(12));
  if (inPrefix(bytes, [...Array(10).fill(0), 0xff, 0xff], 96)) return v4Blocked(bytes.slice(12));
  if (inPrefix(bytes, [0x00, 0x64, 0xff, 0x9b, ...Array(8).fill(0)], 96)) return v4Blocked(bytes.slice(12));
  if (inPrefix(bytes, [0x20, 0x02], 16)) return v4Blocked(bytes.slice(2, 6));
  return V6_BLOCKED.some(([prefix, bits]) => inPrefix(bytes, prefix, bits));
}

/**
 * The address is not a public unicast one (see the module comment). Anything that is not an IP
 * address at all counts as forbidden, so a caller can never pass a name through by mistake.
 */
export function isForbiddenAddress(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4) return v4Blocked(v4);
  const v6 = parseIPv6(address.replace(/^\[|\]$/g, ''));
  if (v6) return v6Blocked(v6);
  return true;
}

/** Resolves a host name to every address it has (A and AAAA). */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) reject(err);
      else resolve(addresses.map((a) => a.address));
    });
  });

/** URL host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Create-time check of a target: its host, or every address its name resolves to, must be public.
 * A name that does not resolve is bad input (the error says so). Nothing is checked when private
 * targets are allowed.
 */
export async function checkTarget(
  url: URL,
  opts: { allowPrivate: boolean; resolve?: Resolver | undefined },
): Promise<void> {
  if (opts.allowPrivate) return;
  const host = hostOf(url);
  if (isIP(host) !== 0) {
    if (isForbiddenAddress(host)) throw new WebhookTargetNotAllowedError(host, host);
    return;
  }
  let addresses: string[];
  try {
    addresses = await (opts.resolve ?? systemResolver)(host);
  } catch (err) {
    throw new InvalidWebhookInputError(
      'url',
      `url: the host ${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? 'lookup failed'})`,
    );
  }
  if (addresses.length === 0)
    throw new InvalidWebhookInputError('url', `url: the host ${host} has no address`);
  const bad = addresses.find(isForbiddenAddress);
  if (bad !== undefined) throw new WebhookTargetNotAllowedError(host, bad);
}

/**
 * A `lookup` for net/tls connect (an undici Agent's `connect.lookup`) that hands the socket only
 * public addresses: the address the delivery actually connects to is the one checked. A name with
 * no public address fails the connect with WebhookTargetNotAllowedError. (IP literals never go
 * through lookup; the sender checks those itself.)
 */
export function guardedLookup(resolve: Resolver = systemResolver): LookupFunction {
  return ((hostname: string, options: { all?: boolean } | number, callback: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (
      err: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void;
    const all = typeof options === 'object' && options !== null && options.all === true;
    resolve(hostname).then(
      (addresses) => {
        const allowed = addresses.filter((a) => !isForbiddenAddress(a));
        if (allowed.length === 0) {
          cb(new WebhookTargetNotAllowedError(hostname, addresses[0]) as NodeJS.ErrnoException, '', 4);
          return;
        }
        const entries = allowed.map((address) => ({ address, family: isIP(address) }));
        if (all) cb(null, entries);
        else cb(null, entries[0]!.address, entries[0]!.family);
      },
      (err: unknown) => cb(err as NodeJS.ErrnoException, '', 4),
    );
  }) as LookupFunction;
}
