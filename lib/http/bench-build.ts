// Whether this build was made for the ingestion benchmark (scripts/bench/ingest.ts builds with
// NEXT_PUBLIC_BENCH_BUILD=1 into a directory of its own). Next.js replaces NEXT_PUBLIC_ variables by
// their value when it builds, so in every other build this is the constant `false`, and no
// environment given to a running production server can turn it on. Read here and not through
// lib/env.ts on purpose: that reads the environment at run time, which must not decide this.
export const BENCH_BUILD = process.env.NEXT_PUBLIC_BENCH_BUILD === "1";
