import { BlockList, isIP } from 'node:net';

/**
 * NO_PROXY as proxy-from-env reads it (`*` for all; entries split on commas and spaces; an optional
 * `:port` that must equal the URL's effective port; a name matches exactly, an entry starting with
 * `.` or `*` matches by suffix), plus what that package lacks: IP addresses and CIDR ranges
 * (IPv4 and IPv6, bracketed or not), compared as addresses with node:net BlockList (an
 * IPv4-mapped IPv6 address matches its IPv4 entry). Two choices kept from this tool's earlier
 * parser and curl: a `.suffix` entry also matches the bare domain, and names are never resolved to
 * match an address entry (behind a proxy, the proxy resolves).
 * proxy-from-env itself cannot be used: it reads process.env only, and the tests pass their own.
 */

type Rule =
  | { kind: 'all' }
  | { kind: 'name'; name: string; port?: number }
  | { kind: 'suffix'; suffix: string; port?: number }
  | { kind: 'address'; list: BlockList; port?: number };

/** The rules of a NO_PROXY value; entries that cannot be read are ignored, as other tools do. */
export function parseNoProxy(value: string): Rule[] {
  const rules: Rule[] = [];
  for (const entry of value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const rule = parseEntry(entry);
    if (rule) rules.push(rule);
  }
  return rules;
}

function parseEntry(entry: string): Rule | undefined {
  if (entry === '*') return { kind: 'all' };
  let host = entry;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) {
    host = bracketed[1]!;
    portText = bracketed[2];
  } else if (entry.split(':').length <= 2) {
    // A bare IPv6 address or range has several colons and no port: only the other forms may end in :port.
    const withPort = /^(.+):(\d+)$/.exec(entry);
    if (withPort) {
      host = withPort[1]!;
      portText = withPort[2];
    }
  }
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) return undefined;

  const slash = host.indexOf('/');
  if (slash >= 0) {
    const address = host.slice(0, slash).replace(/^\[|\]$/g, '');
    const prefixText = host.slice(slash + 1);
    const family = isIP(address);
    const prefix = Number(prefixText);
    if (!family || !/^\d+$/.test(prefixText) || prefix > (family === 4 ? 32 : 128)) return undefined;
    const list = new BlockList();
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    return { kind: 'address', list, port };
  }
  const family = isIP(host);
  if (family) {
    const list = new BlockList();
    list.addAddress(host, family === 4 ? 'ipv4' : 'ipv6');
    return { kind: 'address', list, port };
  }
  const name = host.replace(/\.$/, '');
  if (!name) return undefined;
  if (name.startsWith('*') || name.startsWith('.')) {
    const suffix = name.replace(/^\*/, '');
    return suffix ? { kind: 'suffix', suffix, port } : { kind: 'all' };
  }
  return { kind: 'name', name, port };
}

/** Whether NO_PROXY sends a request to `hostname` (URL form: IPv6 may be bracketed) and `port` around the proxy. */
export function bypassesProxy(noProxy: string, hostname: string, port: number): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  const family = isIP(host);
  return parseNoProxy(noProxy).some((rule) => {
    if (rule.kind === 'all') return true;
    if (rule.port !== undefined && rule.port !== port) return false;
    if (rule.kind === 'address') return family !== 0 && rule.list.check(host, family === 4 ? 'ipv4' : 'ipv6');
    if (family) return false;
    if (rule.kind === 'name') return host === rule.name;
    return host.endsWith(rule.suffix) || (rule.suffix.startsWith('.') && host === rule.suffix.slice(1));
  });
}

/**
 * The proxy for a URL from https_proxy / http_proxy / all_proxy (lower case first, as curl), or ''
 * when NO_PROXY names the host. A proxy without a scheme is http:// (curl's default; proxy-from-env
 * would take the URL's scheme, i.e. TLS to the proxy, which few proxies speak).
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string {
  const read = (name: string): string => env[name.toLowerCase()] || env[name.toUpperCase()] || '';
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') return '';
  const port = Number(url.port) || (scheme === 'https' ? 443 : 80);
  if (bypassesProxy(read('no_proxy'), url.hostname, port)) return '';
  const proxy = read(`${scheme}_proxy`) || read('all_proxy');
  return proxy && !proxy.includes('://') ? `http://${proxy}` : proxy;
}
