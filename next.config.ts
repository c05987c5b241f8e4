import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules as they are.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket"],
};

export default nextConfig;
