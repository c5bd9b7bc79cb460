// This machine's addresses that a phone on the same network could reach, for the join link (a
// host who opened the app at localhost must not hand phones a loopback URL). The interface list
// comes in as an argument, so tests never depend on the machine they run on.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type InterfaceList = NodeJS.Dict<NetworkInterfaceInfo[]>;
export type InterfaceSource = () => InterfaceList;

export const systemInterfaces: InterfaceSource = networkInterfaces;

// fe80::/10 needs the sender's interface (a zone) to reach, which a link cannot carry; 169.254/16
// is what a card gives itself when no network answered, so no phone is there either.
const IPV6_LINK_LOCAL = /^fe[89ab][0-9a-f]:/i;
const IPV4_LINK_LOCAL = /^169\.254\./;

/** Non-internal IPv4 first, then IPv6 that is neither link-local nor loopback; in the system's order, each once. */
export function lanAddresses(interfaces: InterfaceList): string[] {
  const v4: string[] = [];
  const v6: string[] = [];
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal) continue;
      if (info.family === 'IPv4' && !IPV4_LINK_LOCAL.test(info.address)) v4.push(info.address);
      if (info.family === 'IPv6' && !IPV6_LINK_LOCAL.test(info.address)) {
        const address = canonicalHost(info.address);
        if (address !== undefined && !isLoopbackHost(address)) v6.push(address);
      }
    }
  }
  return [...new Set([...v4, ...v6])];
}

/** An address or name in the form a URL writes it, brackets dropped: `2001:DB8:0::1` → `2001:db8::1`. */
export function canonicalHost(host: string): string | undefined {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  try {
    return new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}`).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return undefined;
  }
}

/** localhost (and *.localhost), 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6; with or without brackets. */
export function isLoopbackHost(host: string): boolean {
  const name = canonicalHost(host);
  if (name === undefined || name === '') return false;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name === '::1') return true;
  const mapped = /^::ffff:(.+)$/.exec(name)?.[1];
  const v4 = mapped === undefined ? name : mappedV4(mapped);
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

// URL writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
function mappedV4(tail: string): string {
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(tail);
  if (hex === null) return tail;
  const [high, low] = [parseInt(hex[1] as string, 16), parseInt(hex[2] as string, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
