import { describe, expect, it } from "vitest";
import { authErrorMessage } from "./auth-error-message";

const words = { tooMany: "Too many.", fallback: "Could not sign in." };

describe("authErrorMessage", () => {
  it("names the database being down, a limit, and otherwise better-auth's own message", () => {
    expect(authErrorMessage({ status: 503, error: { message: "x" } }, words)).toMatch(/cannot reach its database/);
    expect(authErrorMessage({ status: 429, message: "slow down" }, words)).toBe("Too many.");
    expect(authErrorMessage({ status: 400, message: "Password too short" }, words)).toBe("Password too short");
    expect(authErrorMessage({ status: 422, error: { message: "email: Invalid" } }, words)).toBe("email: Invalid");
    expect(authErrorMessage({ status: 400 }, words)).toBe("Could not sign in.");
  });

  it("never shows a fault's own text", () => {
    expect(authErrorMessage({ status: 500, error: { message: "boom" } }, words)).toBe(
      "Could not sign in. Something went wrong on our side; try again.",
    );
  });
});
