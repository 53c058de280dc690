/** Set by proxy.ts on every page request: the path and query asked for, for the sign-in redirect. */
export const REQUEST_PATH_HEADER = "x-request-path";
/** Set by proxy.ts: this request's CSP nonce (Next.js reads it from the CSP header itself). */
export const NONCE_HEADER = "x-nonce";
