// Tells "the database is down, slow or restarting" (the sender should retry: 503) from a bug (500).
// Errors reach us wrapped by Prisma and the pg driver adapter, so the whole `cause` chain is searched.

// SQLSTATE classes and codes that mean "try again later": connection exceptions (08), insufficient
// resources (53), operator intervention such as a shutdown (57P), serialization failure and deadlock.
const TRANSIENT_SQLSTATE = /^(08...|53...|57P0[1-4]|40001|40P01)$/;
const TRANSIENT_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"]);
// Prisma's own codes for "can't reach", "timed out", "connection closed", "pool timeout".
const TRANSIENT_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const TRANSIENT_MESSAGE = /connection (terminated|timeout|refused|closed|ended)|timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|the database system is (starting up|shutting down)|terminating connection|Query read timeout/i;

// Prisma's driver-adapter errors describe the failure with a `kind`.
const TRANSIENT_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict"]);

type ErrorFields = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

/** The error and its causes, outermost first (bounded, in case of a cycle). */
function chainOf(error: unknown): ErrorFields[] {
  const chain: ErrorFields[] = [];
  for (let current: unknown = error; current && typeof current === "object" && chain.length < 8; ) {
    const fields: ErrorFields = current;
    chain.push(fields);
    // Prisma wraps the adapter's error in `meta.driverAdapterError`, which holds its details in `cause`.
    const meta: { driverAdapterError?: unknown } | undefined = typeof fields.meta === "object" && fields.meta ? fields.meta : undefined;
    current = fields.cause ?? meta?.driverAdapterError;
  }
  return chain;
}

/** Every code (SQLSTATE, Node, Prisma) found on the error or its causes. */
export function errorCodesOf(error: unknown): string[] {
  return chainOf(error).flatMap(({ code, originalCode }) => [code, originalCode].filter((value) => typeof value === "string"));
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const transientCode = errorCodesOf(error).some(
    (code) => TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODES.has(code) || TRANSIENT_PRISMA_CODES.has(code),
  );
  const transientKind = chainOf(error).some(({ kind }) => typeof kind === "string" && TRANSIENT_KINDS.has(kind));
  return transientCode || transientKind || chainOf(error).some(({ message }) => typeof message === "string" && TRANSIENT_MESSAGE.test(message));
}
