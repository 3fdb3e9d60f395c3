/**
 * Where result files may be fetched from (`RESULT_FILE_HOSTS`). Tencent hands out pre-signed URLs
 * on its COS object storage (`https://cos.ap-guangzhou.tencentcos.cn/…`, `*.cos.<region>.myqcloud.com`);
 * the gateway downloads them server-side, so a URL it does not check would let a compromised or
 * fake upstream make it fetch and republish anything it can reach, its own `/metrics` included
 * (audit F9). An entry is:
 *
 * - `.example.com`: any subdomain of example.com, any port;
 * - `storage.example.com`: exactly that host, any port;
 * - `127.0.0.1:4010`, `[::1]:4010`: exactly that host and port.
 */

export const DEFAULT_RESULT_FILE_HOSTS: readonly string[] = [
  '.myqcloud.com',
  '.tencentcos.cn',
  '.tencentcos.com',
];

const NAME = /^\.?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

interface HostRule {
  /** A hostname as `URL.hostname` gives it (brackets kept for IPv6), or a `.suffix`. */
  host: string;
  /** The port as a string (`URL.port` with the scheme's default filled in); undefined = any. */
  port: string | undefined;
}

function parseEntry(raw: string): HostRule | undefined {
  const entry = raw.trim().toLowerCase();
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(entry);
  const host = m?.[1] ?? '';
  const port = m?.[2];
  if (port !== undefined && Number(port) > 65535) return undefined;
  if (IPV6.test(host)) return { host, port };
  if (!NAME.test(host)) return undefined;
  // A suffix names a domain, never a bare top-level one (`.com`).
  if (host.startsWith('.') && !host.slice(1).includes('.')) return undefined;
  return { host, port };
}

export function isResultHostEntry(entry: string): boolean {
  return parseEntry(entry) !== undefined;
}

/** Why a URL is refused, or undefined when it may be fetched. */
export type ResultUrlCheck = (url: string) => string | undefined;

/**
 * A check of upstream result URLs against `entries`: http(s) only, no credentials in the URL, and a
 * host (and port, when the entry names one) on the list.
 */
export function resultUrlCheck(entries: readonly string[]): ResultUrlCheck {
  const rules = entries.map((e) => {
    const rule = parseEntry(e);
    if (!rule) throw new TypeError(`Not a result file host: ${JSON.stringify(e)}`);
    return rule;
  });
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return 'not a URL';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return `scheme ${url.protocol} is not allowed`;
    if (url.username || url.password) return 'credentials in the URL are not allowed';
    const host = url.hostname.toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const allowed = rules.some(
      (r) =>
        (r.port === undefined || r.port === port) &&
        (r.host.startsWith('.') ? host.endsWith(r.host) && host.length > r.host.length : host === r.host),
    );
    return allowed ? undefined : `host ${url.host} is not in RESULT_FILE_HOSTS`;
  };
}

/** `http://127.0.0.1:4010` → `127.0.0.1:4010`: the simulator's origin as an entry. */
export function hostEntryOf(origin: string): string {
  const url = new URL(origin);
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/** True for 127.0.0.0/8, ::1 and localhost (the simulator's kind of endpoint). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
