import { describe, expect, it } from "vitest";
import { isComponentId } from "../pipeline/components";
import { bankByVersion, bankVersions, CURRENT_BANK } from "./banks";
import { DIMENSION_IDS, GOOGLE_REQUIREMENTS, MS_LEVELS, NOT_SURE } from "./types";

describe.each(bankVersions().map((v) => [v, bankByVersion(v)!] as const))("question bank version %i", (_, bank) => {
  it("has every dimension once, in DIMENSION_IDS order", () => {
    expect(bank.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });

  it("has 32 to 45 questions, at least 3 per dimension", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(32);
    expect(bank.questions.length).toBeLessThanOrEqual(45);
    for (const d of DIMENSION_IDS)
      expect(bank.questions.filter((q) => q.dimension === d).length).toBeGreaterThanOrEqual(3);
  });

  it("has unique question ids, and option ids unique within each question", () => {
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of bank.questions) {
      const optionIds = q.options.map((o) => o.id);
      expect(new Set(optionIds).size, q.id).toBe(optionIds.length);
      expect(optionIds, q.id).not.toContain(NOT_SURE);
    }
  });

  it("orders each question's 3 to 5 options by level, from level 0 up", () => {
    for (const q of bank.questions) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(5);
      expect(q.options[0]?.level, q.id).toBe(0);
      q.options.forEach((o, i) => {
        expect(MS_LEVELS, `${q.id}:${o.id}`).toContain(o.level);
        if (i > 0) expect(o.level, `${q.id}:${o.id}`).toBeGreaterThan(q.options[i - 1]!.level);
      });
    }
  });

  it("names only real components, and each question at least one", () => {
    for (const q of bank.questions) {
      expect(q.components.length, q.id).toBeGreaterThan(0);
      for (const c of q.components) expect(isComponentId(c), `${q.id}: ${c}`).toBe(true);
    }
  });

  it("gives every option but the lowest a practice pointing at components", () => {
    for (const q of bank.questions)
      q.options.forEach((o, i) => {
        const name = `${q.id}:${o.id}`;
        if (i === 0) return expect(o.practice, name).toBeUndefined();
        expect(o.practice?.title, name).toBeTruthy();
        expect(o.practice?.detail, name).toBeTruthy();
        expect(o.practice?.components.length, name).toBeGreaterThan(0);
        for (const c of o.practice?.components ?? []) expect(isComponentId(c), `${name}: ${c}`).toBe(true);
      });
  });

  it("can establish every Google requirement, and once an option does, the options above it do too", () => {
    const establishable = new Set(bank.questions.flatMap((q) => q.options.flatMap((o) => o.establishes ?? [])));
    expect([...establishable].sort()).toEqual([...GOOGLE_REQUIREMENTS].sort());
    for (const q of bank.questions)
      q.options.forEach((o, i) => {
        for (const r of o.establishes ?? [])
          for (const higher of q.options.slice(i + 1)) expect(higher.establishes, `${q.id}:${higher.id}`).toContain(r);
      });
  });
});

describe("banks", () => {
  it("keeps every version it shipped, and the current bank is the newest", () => {
    expect(bankVersions()).toContain(1);
    expect(bankByVersion(CURRENT_BANK.version)).toBe(CURRENT_BANK);
    expect(Math.max(...bankVersions())).toBe(CURRENT_BANK.version);
    expect(bankByVersion(999)).toBeUndefined();
  });
});
