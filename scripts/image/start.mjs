// The image's entry point (copied to .next/standalone/start.mjs): the same steps as
// scripts/serve.ts, without tsx or PGlite. First the peer-address stamp (rate limits need
// the connection's address, and it must wrap http.createServer before Next calls it), then
// the migrations, then Next's standalone server in this same process.
// `node start.mjs --skip-migrations` when something else migrates first (the Kubernetes
// Deployment does it in an initContainer).
import "./peer-address.mjs";

// SIGTERM is the app's own drain (lib/server/observability/shutdown.ts): Next's handler would
// close at once and drop the requests in flight.
process.env.NEXT_MANUAL_SIG_HANDLE ??= "1";
if (!process.argv.includes("--skip-migrations")) await import("./migrate.mjs");
await import("./server.js");
