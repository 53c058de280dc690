// better-auth's errors (its APIError) by shape, not by class: the production bundle can hold more
// than one copy of the class, so `instanceof` is not reliable there.
export function libraryErrorStatus(error: unknown): number | null {
  if (typeof error !== "object" || error === null || !("statusCode" in error)) return null;
  const { statusCode, name } = error as { statusCode: unknown; name?: unknown };
  return name === "APIError" && typeof statusCode === "number" ? statusCode : null;
}
