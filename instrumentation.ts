// Runs once when the Next.js server starts: a wrong environment stops it here, with a
// message naming the variable, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvOrExit } = await import("./lib/env-check");
    checkEnvOrExit();
  }
}
