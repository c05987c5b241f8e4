import { z } from "zod";

// Shared by the sign-up form and the server hook, so both give the same messages.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 100;

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)
  .regex(/[A-Za-z]/, "Password must contain a letter.")
  .regex(/[0-9]/, "Password must contain a digit.");

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters.`)
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "Name must not contain control characters.");

export const ZEmail = z.string().trim().toLowerCase().max(254, "Email is too long.").pipe(z.email("Enter a valid email address."));

export const ZSignUp = z.object({ name: ZPersonName, email: ZEmail, password: ZPassword });
export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX) });

export type TSignUp = z.infer<typeof ZSignUp>;
export type TSignIn = z.infer<typeof ZSignIn>;
