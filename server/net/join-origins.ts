// Where phones are told to join a live game: PUBLIC_URL when set; else this server's own network
// addresses, led by the one the host used when it is one of them. A request's Host header is
// trusted only as far as naming one of those addresses: never a name or port of its own.
import type { JoinLinks } from '@/lib/quiz/join-links';

import { canonicalHost, isLoopbackHost } from './lan-addresses';

export interface JoinOriginInput {
  publicUrl?: string;
  /** The request's Host header, as sent. */
  host: string | undefined;
  protocol: 'http' | 'https';
  /** The port this server took the request on. */
  port: number | undefined;
  /** lanAddresses() of this machine. */
  addresses: string[];
}

// A host and an optional port, nothing else (no user info, path or spaces).
const HOST_HEADER = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/;

function hostnameOf(header: string | undefined): string | undefined {
  const match = header === undefined ? null : HOST_HEADER.exec(header);
  return match ? canonicalHost(match[1] as string) : undefined;
}

function originOf(protocol: 'http' | 'https', host: string, port: number | undefined): string {
  const name = host.includes(':') ? `[${host}]` : host;
  const standard = (protocol === 'http' && port === 80) || (protocol === 'https' && port === 443);
  return `${protocol}://${name}${port === undefined || standard ? '' : `:${port}`}`;
}

export function joinOrigins(input: JoinOriginInput): JoinLinks {
  const requested = hostnameOf(input.host);
  const hostOnLoopback = requested !== undefined && isLoopbackHost(requested);
  if (input.publicUrl !== undefined && input.publicUrl !== '') {
    return { origins: [input.publicUrl.replace(/\/+$/, '')], hostOnLoopback, source: 'public-url' };
  }
  const own = input.addresses.map((a) => canonicalHost(a) ?? a);
  const origins = own.map((a) => originOf(input.protocol, a, input.port));
  const used = requested === undefined ? -1 : own.indexOf(requested);
  if (used >= 0)
    return { origins: [origins[used] as string, ...origins.filter((_, i) => i !== used)], hostOnLoopback: false, source: 'host' };
  if (origins.length > 0) return { origins, hostOnLoopback, source: 'lan' };
  return {
    origins: [originOf(input.protocol, hostOnLoopback ? (requested as string) : 'localhost', input.port)],
    hostOnLoopback,
    source: 'none',
  };
}
