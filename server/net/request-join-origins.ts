// The join origins for one request: what the host's screen may offer phones, and the origin a join
// URL or QR code starts with (the host's pick from that list, or its first).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

import type { JoinLinks } from '@/lib/quiz/join-links';

import { HttpError } from '../game/http-error';
import { joinOrigins } from './join-origins';
import { lanAddresses, systemInterfaces, type InterfaceSource } from './lan-addresses';

export interface JoinOriginOptions {
  publicUrl?: string;
  /** os.networkInterfaces() unless a test passes its own list. */
  networkInterfaces?: InterfaceSource;
}

const originQuery = z.object({ origin: z.string().max(300).optional() });

export function requestJoinLinks(request: FastifyRequest, options: JoinOriginOptions): JoinLinks {
  return joinOrigins({
    publicUrl: options.publicUrl,
    host: request.headers.host,
    protocol: request.protocol,
    port: request.socket.localPort,
    addresses: lanAddresses((options.networkInterfaces ?? systemInterfaces)()),
  });
}

/** `?origin=` when it is one the server offers (else a 400), or the first offered. */
export function requestJoinOrigin(request: FastifyRequest, options: JoinOriginOptions): string {
  const { origins } = requestJoinLinks(request, options);
  const query = originQuery.safeParse(request.query);
  if (!query.success) throw new HttpError(400, 'origin must be a string of at most 300 characters');
  const wanted = query.data.origin;
  if (wanted === undefined) return origins[0] as string;
  if (!origins.includes(wanted)) throw new HttpError(400, 'origin is not one of this server’s join addresses');
  return wanted;
}
