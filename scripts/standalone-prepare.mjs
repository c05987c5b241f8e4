// Completes Next's .next/standalone output into what the image runs (`npm run build:standalone`,
// used by the Dockerfile and by Playwright's server, so the e2e suite tests the image's files).
// Tracing copies the server and the node_modules it imports; this adds what it cannot see:
//   - .next/static and public, which Next leaves to a CDN or to us;
//   - prisma/migrations and migrate.mjs, a bundle of scripts/image/migrate.ts (no tsx at run time);
//   - lib/server/notebook-worker.mjs, bundled with the analysis it loads through tsx in development
//     (notebook-pool.ts starts it from the server's folder, outside the bundler's sight);
//   - start.mjs (scripts/image/) and the peer-address preload it imports.
// Plain JavaScript so that it runs with nothing but node and esbuild (a devDependency).
import { cp, rm, stat } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".next", "standalone");

// pg and friends are CommonJS and require Node's modules; an ESM bundle needs a require of its own.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** Serves `tsx/esm/api` to the worker bundle: tsImport() of the analysis becomes the bundled module. */
const analysisInBundle = {
  name: "analysis-in-bundle",
  setup(b) {
    b.onResolve({ filter: /^tsx\/esm\/api$/ }, () => ({ path: "tsx-esm-api", namespace: "analysis-in-bundle" }));
    b.onLoad({ filter: /.*/, namespace: "analysis-in-bundle" }, () => ({
      contents: `import * as analysis from ${JSON.stringify(path.join(root, "lib/notebook/analysis-job.ts"))};
export async function tsImport(specifier) {
  if (!specifier.endsWith("/notebook/analysis-job.ts")) throw new Error("not bundled: " + specifier);
  return analysis;
}`,
      resolveDir: root,
      loader: "js",
    }));
  },
};

async function bundle(entry, outfile, plugins = []) {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(out, outfile),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.19",
    banner: { js: requireShim },
    // pg's optional native binding; the pure-JS client is the one used.
    external: ["pg-native"],
    plugins,
    logLevel: "warning",
  });
}

async function copy(from, to) {
  await rm(path.join(out, to), { recursive: true, force: true });
  await cp(path.join(root, from), path.join(out, to), { recursive: true });
}

async function main() {
  const server = await stat(path.join(out, "server.js")).catch(() => null);
  if (!server) throw new Error(`${path.relative(root, out)}/server.js is missing: run \`next build\` first`);
  await copy(".next/static", ".next/static");
  await copy("public", "public");
  await copy("prisma/migrations", "prisma/migrations");
  await copy("scripts/image/start.mjs", "start.mjs");
  await copy("scripts/support/peer-address.mjs", "peer-address.mjs");
  await bundle("scripts/image/migrate.ts", "migrate.mjs");
  await bundle("lib/server/notebook-worker.mjs", "lib/server/notebook-worker.mjs", [analysisInBundle]);
  console.log(`[standalone] ${path.relative(process.cwd(), out)} is ready: cd there and run \`node start.mjs\``);
}

main().catch((error) => {
  console.error(`[standalone] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
