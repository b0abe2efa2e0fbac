/** The customer API's routes and limits, and the console's security headers: the stack and the local server build from these. */

/** Every route of the HTTP API, as API Gateway names them (its routeKey). */
export const API_ROUTES = ['GET /v1/alerts', 'GET /v1/alerts/{alertId}', 'GET /v1/me'] as const;
export type ApiRoute = (typeof API_ROUTES)[number];

export const API = {
  id: 'CustomerApi',
  /**
   * Stage throttling caps the whole API (every key together) in front of the
   * function; each key has its own, lower limit (FUNCTIONS.api.settings), which
   * API Gateway cannot express for an HTTP API.
   */
  throttle: { rateLimit: 50, burstLimit: 100 },
} as const;

/** How often the console asks for new versions, ms: with the feed's settle time, a new version shows within about 4 s. */
export const CONSOLE_POLL_MS = 2000;

/**
 * The console's security headers (CloudFront's response-headers policy on
 * AWS, the local server locally). `apiOrigin` is where the page may send
 * requests besides its own origin.
 */
export function consoleSecurityHeaders(apiOrigin: string): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${apiOrigin}`,
      "manifest-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'geolocation=(), camera=(), microphone=(), payment=()',
    'cross-origin-opener-policy': 'same-origin',
  };
}
