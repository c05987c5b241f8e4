// What the sign-in and sign-up forms say when better-auth's client reports an error. Most
// refusals are better-auth's own ({ message, code }); a fault is answered in the API's shape
// ({ error: { code, message } }, lib/server/auth-handler.ts), 503 when the database is down.

type AuthClientError = { status: number; message?: string; error?: { message?: string } };

export function authErrorMessage(error: AuthClientError, { tooMany, fallback }: { tooMany: string; fallback: string }) {
  if (error.status === 429) return tooMany;
  if (error.status === 503) return "MLOps Map cannot reach its database right now. Try again in a few seconds.";
  if (error.status >= 500) return `${fallback} Something went wrong on our side; try again.`;
  return error.message ?? error.error?.message ?? fallback;
}
