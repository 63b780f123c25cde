import { ForbiddenException, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const logger = new Logger('CrossSiteCheck');
let proxyHintGiven = false;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery defence, on top of the SameSite=Lax cookie: a state-changing request
 * that a browser says came from another site is refused. Browsers send `Origin` on every such
 * request; older ones send `Sec-Fetch-Site` or `Referer`. Clients that send none of them (scripts,
 * server-to-server calls) cannot be a victim's browser, and pass. "Own site" is this origin: the
 * same scheme, host and port (behind a proxy, the scheme it forwards when TRUST_PROXY trusts it).
 */
export function assertNotCrossSite(request: FastifyRequest): void {
  if (!STATE_CHANGING.has(request.method)) return;
  if (isCrossSite(request)) {
    throw new ForbiddenException({ message: 'This request came from another site and was refused', errors: [] });
  }
}

function isCrossSite(request: FastifyRequest): boolean {
  const own = originOf(`${request.protocol}://${request.host}`);
  const fromOwnOrigin = (url: string) => {
    const origin = originOf(url);
    if (origin !== null && origin === own) return true;
    if (!proxyHintGiven && origin !== null && own !== null && origin.replace(/^https:/, 'http:') === own) {
      proxyHintGiven = true;
      logger.warn(`Refused a write from ${origin} received as ${own}: behind a proxy that serves HTTPS, set TRUST_PROXY so the scheme it forwards is believed`);
    }
    return false;
  };
  const origin = header(request, 'origin');
  if (origin !== undefined) return !fromOwnOrigin(origin);
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite !== undefined) return fetchSite.toLowerCase() === 'cross-site';
  const referer = header(request, 'referer');
  if (referer !== undefined) return !fromOwnOrigin(referer);
  return false;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The scheme, host and port of a URL (default ports left out); `Origin: null` and anything unparsable have none. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
