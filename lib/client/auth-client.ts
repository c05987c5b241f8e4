import { createAuthClient } from "better-auth/react";

// Same origin as the app: no baseURL needed.
export const authClient = createAuthClient();
