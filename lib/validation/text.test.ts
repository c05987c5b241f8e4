import { describe, expect, it } from "vitest";
import { boundedInt, boundedNumber, cellIndex, isWellFormed, PG_INT_MAX, safeText } from "./text";
import { ZSignUp } from "./auth";
import { displayName } from "./common";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("safeText", () => {
  const schema = safeText("Description");

  it("keeps any Unicode text, surrogate pairs and newlines included", () => {
    for (const text of ["", "plain", "línea 1\nlínea 2\t", "🚀 \ud83d\ude80", "日本語", "<b>&amp;</b>"])
      expect(schema.parse(text)).toBe(text);
  });

  it("refuses NUL and lone surrogates, naming the field", () => {
    expect(messages(schema.safeParse("a\u0000b"))).toEqual(["Description must not contain NUL characters."]);
    for (const text of ["a\ud800b", "\udc00", "end\ud83d", "\ude80\ud83d"]) {
      expect(messages(schema.safeParse(text)), JSON.stringify(text)).toEqual([
        "Description must be valid Unicode text (no lone surrogates).",
      ]);
    }
  });

  it("is what names and the sign-up form check too", () => {
    expect(messages(displayName("Team name", 80).safeParse("T\ud800"))).toEqual([
      "Team name must be valid Unicode text (no lone surrogates).",
    ]);
    expect(messages(displayName("Team name", 80).safeParse("T\u0000"))).toEqual([
      "Team name must not contain control characters.",
    ]);
    const signUp = ZSignUp.safeParse({ name: "Ada\udc00", email: "ada@example.com", password: "analytical-42x\ud800" });
    expect(messages(signUp)).toEqual([
      "Name must be valid Unicode text (no lone surrogates).",
      "Password must be valid Unicode text (no lone surrogates).",
    ]);
  });
});

describe("bounded numbers", () => {
  it("keeps integers within int4 unless the domain says less", () => {
    expect(boundedInt("version", 1).parse(PG_INT_MAX)).toBe(PG_INT_MAX);
    expect(messages(boundedInt("version", 1).safeParse(PG_INT_MAX + 1))).toEqual([
      `version must be at most ${PG_INT_MAX}.`,
    ]);
    expect(messages(boundedInt("version", 1).safeParse(0))).toEqual(["version must be 1 or more."]);
    expect(messages(boundedInt("version", 1).safeParse(2 ** 60))).toContain("version must be an integer.");
    expect(cellIndex("cell").parse(9_999)).toBe(9_999);
    expect(messages(cellIndex("cell").safeParse(10_000))).toEqual(["cell must be at most 9999."]);
  });

  it("keeps coordinates finite and bounded", () => {
    const x = boundedNumber("x", 1e9);
    expect(x.parse(-1e9)).toBe(-1e9);
    expect(messages(x.safeParse(1e300))).toEqual(["x must be between -1,000,000,000 and 1,000,000,000."]);
    expect(messages(x.safeParse(Infinity))).toEqual(["x must be a finite number."]);
  });
});

describe("isWellFormed without String.prototype.isWellFormed (older browsers)", () => {
  it("gives the same answers as the built-in", () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, "isWellFormed")!;
    const samples = [
      "",
      "plain",
      "🚀 \ud83d\ude80",
      "a\ud800b",
      "\udc00",
      "end\ud83d",
      "\ude80\ud83d",
      "\ud83d\ud83d\ude80",
      "日本語",
    ];
    const expected = samples.map((s) => s.isWellFormed());
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- removed for the test only
    delete (String.prototype as any).isWellFormed;
    try {
      expect(samples.map(isWellFormed)).toEqual(expected);
    } finally {
      Object.defineProperty(String.prototype, "isWellFormed", native);
    }
  });
});
