// Lets scripts load server modules outside Next.js: `server-only` throws unless the
// react-server condition is set, and setting that condition breaks Next's client modules.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}
