import { getAuth } from "@/lib/server/auth";
import type { SessionUser } from "@/lib/server/session";

let counter = 0;

/** Signs a user up through better-auth, as the sign-up form does, and returns the user and a session cookie. */
export async function signUp(name = "Test User"): Promise<SessionUser & { cookie: string }> {
  counter += 1;
  const email = `user${counter}-${Date.now()}@example.com`;
  const response = await getAuth().api.signUpEmail({
    body: { name, email, password: "correct-horse-42" },
    asResponse: true,
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { user: SessionUser };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id: body.user.id, name: body.user.name, email: body.user.email, cookie };
}
