import { z } from "zod";
import { hasControlChars, isWellFormed, safeText } from "./text";

// Shared by the sign-up form and the server hook, so both give the same messages.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 100;
const IMAGE_URL_MAX = 2048;

// Never stored as text, but a lone surrogate hashes as U+FFFD: "\ud800" and "\ud801" would be one password.
export const ZPassword = safeText("Password", z.string())
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)
  .regex(/[A-Za-z]/, "Password must contain a letter.")
  .regex(/[0-9]/, "Password must contain a digit.");

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters.`)
  // NUL is a control character: this also keeps the name storable (see ./text.ts).
  .refine((v) => !hasControlChars(v), "Name must not contain control characters.")
  .refine(isWellFormed, "Name must be valid Unicode text (no lone surrogates).");

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."));

export const ZSignUp = z.object({ name: ZPersonName, email: ZEmail, password: ZPassword });
export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
});
/** What the server checks of a sign-in before better-auth does: the email, the per-account throttle's key. */
export const ZSignInEmail = ZSignIn.pick({ email: true });

/** better-auth's /update-user takes any value for these; the app sends none, but the endpoint is public. */
export const ZUserUpdate = z.object({
  name: ZPersonName.optional(),
  image: safeText("Image")
    .max(IMAGE_URL_MAX, `Image must be at most ${IMAGE_URL_MAX} characters.`)
    .nullable()
    .optional(),
});
export const ZPasswordChange = z.object({ newPassword: ZPassword });

export type TSignUp = z.infer<typeof ZSignUp>;
export type TSignIn = z.infer<typeof ZSignIn>;
