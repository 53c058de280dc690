// Where to send a user after signing in: only a path of this site, never another origin.
export const DEFAULT_AFTER_SIGN_IN = "/calls";

export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  // "//host", "/\host" and control characters would let a browser leave the site.
  if (/^\/[/\\]/.test(value) || /[\u0000-\u001f\\]/.test(value)) return DEFAULT_AFTER_SIGN_IN;
  if (value === "/login" || value.startsWith("/login?") || value.startsWith("/setup")) return DEFAULT_AFTER_SIGN_IN;
  return value;
}

export function loginHref(nextPath: string | null | undefined): string {
  const next = safeNextPath(nextPath);
  return next === DEFAULT_AFTER_SIGN_IN ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}
