import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery defence, on top of the SameSite=Lax cookie: a state-changing request
 * that a browser says came from another site is refused. Browsers send `Origin` on every such
 * request; older ones send `Sec-Fetch-Site` or `Referer`. Clients that send none of them (scripts,
 * server-to-server calls) cannot be a victim's browser, and pass.
 */
export function assertNotCrossSite(request: FastifyRequest): void {
  if (!STATE_CHANGING.has(request.method)) return;
  if (isCrossSite(request)) {
    throw new ForbiddenException({ message: 'This request came from another site and was refused', errors: [] });
  }
}

function isCrossSite(request: FastifyRequest): boolean {
  const own = hostOf(`${request.protocol}://${request.host}`);
  const fromOwnHost = (url: string) => {
    const host = hostOf(url);
    return host !== null && host === own;
  };
  const origin = header(request, 'origin');
  if (origin !== undefined) return !fromOwnHost(origin);
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite !== undefined) return fetchSite.toLowerCase() === 'cross-site';
  const referer = header(request, 'referer');
  if (referer !== undefined) return !fromOwnHost(referer);
  return false;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The host (and port) of a URL; `Origin: null` and anything unparsable name no host. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase() || null;
  } catch {
    return null;
  }
}
