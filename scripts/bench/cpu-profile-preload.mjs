// A CPU profile of any Node process it is preloaded into, written when the process ends:
//   NODE_OPTIONS="--import ./scripts/bench/cpu-profile-preload.mjs" (CPU_PROFILE_DIR, default /tmp)
// Node refuses --cpu-prof in NODE_OPTIONS, and the launcher starts Next.js as a child process, so
// this is how bench:ingest --app-env and bench:pages profile the server. Open the .cpuprofile in
// Chrome's DevTools (Performance) or read it as JSON. Benchmarks only.
import inspector from "node:inspector";
import fs from "node:fs";
import path from "node:path";

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 500 });
session.post("Profiler.start");
let written = false;
function write() {
  if (written) return;
  written = true;
  session.post("Profiler.stop", (error, result) => {
    if (error) return;
    const name = `${process.pid}-${path.basename(process.argv[1] ?? "node")}.cpuprofile`;
    fs.writeFileSync(path.join(process.env.CPU_PROFILE_DIR ?? "/tmp", name), JSON.stringify(result.profile));
  });
}
for (const signal of ["SIGTERM", "SIGINT"]) process.prependListener(signal, write);
process.on("exit", write);
