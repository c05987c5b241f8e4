import { describe, expect, it } from "vitest";
import { DRAFT_DEBOUNCE_MS, DraftSaver, type DraftSaveStatus, type DraftSendResult } from "./draft-saver";

// The draft autosave's rules with a hand-driven clock and a fake server.

function harness(answer: (call: number) => DraftSendResult) {
  const timers: { run: () => void; at: number }[] = [];
  let now = 0;
  const sent: { id: string | null; version: number | null; answers: Record<string, string> }[] = [];
  const statuses: DraftSaveStatus["kind"][] = [];
  const saver = new DraftSaver(
    {
      send: async (ref, answers) => {
        sent.push({ ...ref, answers });
        return answer(sent.length);
      },
      onStatus: (s) => statuses.push(s.kind),
      setTimer: (run, ms) => {
        const t = { run, at: now + ms };
        timers.push(t);
        return t;
      },
      clearTimer: (t) => timers.splice(timers.indexOf(t as (typeof timers)[number]), 1),
    },
    { id: null, version: null },
    {},
  );
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { saver, sent, statuses, advance };
}

const ok = (version: number): DraftSendResult => ({
  ok: true,
  id: "c1",
  version,
  updatedAt: "2026-12-02T00:00:00.000Z",
});

describe("DraftSaver", () => {
  it("debounces changes into one save, starts the draft, then names its version", async () => {
    const { saver, sent, statuses, advance } = harness((n) => ok(n));
    saver.change({ a: "x" });
    saver.change({ a: "y" });
    await advance(DRAFT_DEBOUNCE_MS - 1);
    expect(sent).toHaveLength(0);
    await advance(1);
    expect(sent).toEqual([{ id: null, version: null, answers: { a: "y" } }]);
    saver.change({ a: "z" });
    await advance(DRAFT_DEBOUNCE_MS);
    expect(sent[1]).toEqual({ id: "c1", version: 1, answers: { a: "z" } });
    expect(saver.hasUnsaved()).toBe(false);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("a 409 stops saving until resolved; keeping mine saves on top of their version", async () => {
    const { saver, sent, statuses, advance } = harness((n) =>
      n === 1 ? { ok: false, status: 409, code: "conflict", message: "stale", current: {} } : ok(5),
    );
    saver.change({ a: "x" });
    await advance(DRAFT_DEBOUNCE_MS);
    expect(statuses.at(-1)).toBe("conflict");
    saver.change({ a: "y" });
    await advance(DRAFT_DEBOUNCE_MS * 5);
    expect(sent).toHaveLength(1);
    expect(await saver.flush()).toBe(false);
    saver.resolve({ id: "c1", version: 4 }, true);
    await advance(0);
    expect(sent[1]).toEqual({ id: "c1", version: 4, answers: { a: "y" } });
    expect(saver.hasUnsaved()).toBe(false);
  });

  it("retries after a lost connection, and flush with force starts a draft with nothing changed", async () => {
    const { saver, sent, statuses, advance } = harness((n) =>
      n === 1 ? { ok: false, status: 0, code: "network_error", message: "offline" } : ok(1),
    );
    saver.change({ a: "x" });
    await advance(DRAFT_DEBOUNCE_MS);
    expect(statuses.at(-1)).toBe("retrying");
    await advance(2_000);
    expect(sent).toHaveLength(2);
    expect(saver.hasUnsaved()).toBe(false);

    const fresh = harness(() => ok(1));
    expect(await fresh.saver.flush({ force: true })).toBe(true);
    expect(fresh.sent).toEqual([{ id: null, version: null, answers: {} }]);
    expect(fresh.saver.draft).toEqual({ id: "c1", version: 1 });
  });
});
