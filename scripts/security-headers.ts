/**
 * The security headers Nätvana's pages and files should be served with, in
 * one place: vite.config.ts puts the policy in every page's <meta>,
 * scripts/static-server.ts (npm run preview, the browser tests) sends the
 * headers on every path, and test/deploy/headers.test.ts checks that every
 * recipe in docs/deploying.md sends the same on every path too.
 */

/** Only the site's own files may run or style a page: no inline script, no eval, no other origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * As headers, the policy also covers what a <meta> cannot: pictures and
 * scripts opened on their own (a <meta> only lives in HTML pages), and
 * frame-ancestors, which a <meta> may not carry.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Fingerprinted files can be kept for a year; the service worker must be fetched fresh, so a new version is found. */
export function cacheControlFor(pathname: string, base = '/'): string | undefined {
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path === '/sw.js') return 'no-cache';
  return undefined;
}
