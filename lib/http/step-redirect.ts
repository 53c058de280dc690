// The answer of a "step to the adjacent call" route: 303 to where it goes, or 404 when the call
// the step starts from does not exist. The Location is relative: behind a proxy, request.url may
// not carry the host the user typed.
export function stepRedirect(href: string | null): Response {
  if (!href) return new Response("Call not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 303, headers: { Location: href } });
}
