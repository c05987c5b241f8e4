import { parseServerEnv } from "./env";

/** Node.js only (it may exit the process): see instrumentation.ts. */
export function checkEnvOrExit() {
  try {
    parseServerEnv(process.env);
  } catch (error) {
    console.error(`[mlops-map] ${(error as Error).message}`);
    process.exit(1);
  }
}
