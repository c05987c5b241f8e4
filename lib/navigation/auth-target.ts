import { safeNextPath } from "./safe-next";

/** Where the sign-in and sign-up pages send the user afterwards: `?next=` when it is safe. */
export async function authTarget(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<string> {
  const { next } = await searchParams;
  return safeNextPath(typeof next === "string" ? next : null);
}
