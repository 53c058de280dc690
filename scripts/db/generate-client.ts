// `prisma generate` for the `prisma-client` generator, offline.
// The CLI insists that a native schema engine exists before it generates, although generating
// never runs it; the engine cannot be downloaded here (or on air-gapped hosts), so when it is
// missing we point the CLI at a placeholder file. Migrations use the WebAssembly engine instead.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  const placeholder = path.join(tmpdir(), "prisma-schema-engine-unused");
  writeFileSync(placeholder, "#!/bin/sh\necho 'not used: migrations run on the WebAssembly schema engine' >&2\nexit 1\n", { mode: 0o755 });
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", "prisma/schema.prisma"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
