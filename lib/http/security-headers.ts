// The browser protections of every response: a nonce-based Content-Security-Policy for pages, and
// the headers that forbid framing, sniffing and leaking the URL to other sites.
export type SecurityOptions = { nonce: string; development: boolean; https: boolean };

export function contentSecurityPolicy({ nonce, development, https }: SecurityOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next.js's nonce-bearing scripts load are trusted, nothing else.
    // React needs eval only in development (its error overlay); production has no 'unsafe-eval'.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes (charts, React style props) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Recordings may live on another host (RECORDING_URL_TEMPLATE).
    "media-src 'self' https: blob:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every response carries (pages, API routes, static files). */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(https && { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }),
  };
}
