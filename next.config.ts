import type { NextConfig } from "next";

// Headers that never change, on every response (pages, API, static files). The pages' CSP
// and HSTS depend on the request and are set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Also in the CSP (frame-ancestors); this is for browsers that do not read it.
  { key: "X-Frame-Options", value: "DENY" },
  // Nothing here uses these; the clipboard (copying invitation links) stays allowed.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The image runs .next/standalone/server.js (Dockerfile; scripts/standalone-prepare.mjs adds
  // what tracing cannot see: static files, the migrator and the notebook worker).
  output: "standalone",
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as they are.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // .ci/run sets this for its build: the `npm test` after it type-checks the same files
  // (`npm run typecheck`), and the build's own pass took 35 s of CI's 20 minutes. Every other
  // build (a developer's, the image's) still refuses a type error.
  typescript: { ignoreBuildErrors: process.env.MLOPS_MAP_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // API answers are per user and per moment: no cache, shared or private, may keep them.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
