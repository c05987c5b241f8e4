import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeNode } from "@/lib/pipeline/make-node";
import type { PipelineDiagram, PipelineNode } from "@/lib/pipeline/types";
import {
  AutosaveSession,
  DEBOUNCE_MS,
  FIRST_RETRY_MS,
  MAX_WAIT_MS,
  resumeFrom,
  type DiagramSnapshot,
  type SaveOutcome,
} from "./autosave-session";

const node = (id: string, x: number): PipelineNode =>
  makeNode({
    id,
    kind: "component",
    title: `Node ${id}`,
    category: "notebooks",
    phase: "ML",
    stage: "MVP",
    position: { x, y: 116 },
  });
const diagram = (version: number, ...xs: number[]): PipelineDiagram => ({
  version,
  viewport: { x: 0, y: 0, zoom: 1 },
  nodes: xs.map((x, i) => node(`n${i}`, x)),
  edges: [],
});

type Call = {
  body: DiagramSnapshot & { baseVersion: number };
  keepalive: boolean;
  answer: (outcome: SaveOutcome) => void;
};

/** A server whose answers the test gives, one request at a time. */
function fakeServer() {
  const calls: Call[] = [];
  const send = vi.fn(
    (json: string, { keepalive }: { keepalive: boolean }) =>
      new Promise<SaveOutcome>((answer) => calls.push({ body: JSON.parse(json), keepalive, answer })),
  );
  return { calls, send, last: () => calls[calls.length - 1]! };
}

/** A session whose editor holds `current.diagram`, changed by `edit`. */
function setup(start = diagram(1, 0)) {
  const server = fakeServer();
  const session = new AutosaveSession({ send: server.send }, start);
  const current = { diagram: start as DiagramSnapshot };
  session.attach(() => current.diagram);
  const edit = (...xs: number[]) => {
    current.diagram = { ...current.diagram, nodes: xs.map((x, i) => node(`n${i}`, x)) };
    session.markDirty();
  };
  return { server, session, edit, current };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveSession: saving", () => {
  it("debounces edits into one save, and counts them saved only when the server confirms", async () => {
    const { server, session, edit } = setup();
    edit(10);
    edit(20);
    expect(session.status.kind).toBe("dirty");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(server.last().body.baseVersion).toBe(1);
    expect(server.last().body.nodes[0]!.position.x).toBe(20);
    expect(server.last().keepalive).toBe(false);
    expect(session.status.kind).toBe("saving");
    expect(session.hasUnsaved()).toBe(true);
    server.last().answer({ ok: true, version: 2 });
    await settle();
    expect(session.status.kind).toBe("saved");
    expect(session.hasUnsaved()).toBe(false);
    expect(session.version).toBe(2);
  });

  it("saves while someone keeps typing, at most MAX_WAIT_MS after the first unsaved keystroke", async () => {
    const { server, edit } = setup();
    for (let t = 0; t < MAX_WAIT_MS; t += 200) {
      edit(t);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(server.send).toHaveBeenCalledTimes(1);
  });

  it("saves edits made during a save right after it, based on the new version", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    edit(30);
    expect(session.status.kind).toBe("saving");
    server.last().answer({ ok: true, version: 2 });
    await settle();
    expect(session.status.kind).toBe("dirty");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.last().body).toMatchObject({ baseVersion: 2 });
    expect(server.last().body.nodes[0]!.position.x).toBe(30);
  });
});

describe("AutosaveSession: failures", () => {
  it("a 503 is offline-retrying after the server's Retry-After, and the retry saves", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const failedAt = Date.now();
    server.last().answer({ ok: false, status: 503, message: "The service is unavailable.", retryAfterMs: 7_000 });
    await settle();
    expect(session.status).toEqual({ kind: "offline", reason: "server", retryAt: failedAt + 7_000 });
    expect(session.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(6_999);
    expect(server.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(2);
    server.last().answer({ ok: true, version: 2 });
    await settle();
    expect(session.status.kind).toBe("saved");
  });

  it("without Retry-After, retries back off from 2 s, doubling", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    server.last().answer({ ok: false, status: 503, message: "down" });
    await settle();
    expect(session.status).toMatchObject({ kind: "offline", retryAt: Date.now() + FIRST_RETRY_MS });
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    server.last().answer({ ok: false, status: 0, message: "no network" });
    await settle();
    expect(session.status).toMatchObject({
      kind: "offline",
      reason: "network",
      retryAt: Date.now() + 2 * FIRST_RETRY_MS,
    });
  });

  it("keeps a Retry-After of 0 from becoming a tight loop, and one of hours from freezing saves", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    server.last().answer({ ok: false, status: 429, message: "slow down", retryAfterMs: 0 });
    await settle();
    expect(session.status).toMatchObject({ kind: "offline", retryAt: Date.now() + 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    server.last().answer({ ok: false, status: 503, message: "down", retryAfterMs: 10 * 3600_000 });
    await settle();
    expect(session.status).toMatchObject({ kind: "offline", retryAt: Date.now() + 5 * 60_000 });
  });

  it("edits while offline wait for the planned retry instead of hammering the server", async () => {
    const { server, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    server.last().answer({ ok: false, status: 503, message: "down", retryAfterMs: 5_000 });
    await settle();
    for (let i = 0; i < 4; i++) {
      edit(20 + i);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(server.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.last().body.nodes[0]!.position.x).toBe(23);
  });

  it("a conflict stops saving and hands over their diagram", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const theirs = diagram(5, 99);
    server.last().answer({ ok: false, status: 409, message: "conflict", current: theirs });
    await settle();
    expect(session.status).toEqual({ kind: "conflict", theirs });
    edit(11);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(await session.flush()).toBe(false);

    session.resolve("mine", theirs);
    expect(server.last().body).toMatchObject({ baseVersion: 5 });
    server.last().answer({ ok: true, version: 6 });
    await settle();
    expect(session.status.kind).toBe("saved");
  });

  it("another 4xx stops with its message", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    server.last().answer({ ok: false, status: 422, message: "title is required." });
    await settle();
    expect(session.status).toEqual({ kind: "error", message: "title is required." });
    expect(session.hasUnsaved()).toBe(true);
  });

  it("a send that throws counts as offline", async () => {
    const session = new AutosaveSession(
      { send: () => Promise.reject(new TypeError("Failed to fetch")) },
      diagram(1, 0),
    );
    session.markDirty();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(session.status).toMatchObject({ kind: "offline", reason: "network" });
  });
});

describe("AutosaveSession: leaving", () => {
  it("flush saves at once, waits for the answer, and says whether all is saved", async () => {
    const { server, session, edit } = setup();
    edit(10);
    const flushed = session.flush();
    await settle();
    expect(server.send).toHaveBeenCalledTimes(1);
    server.last().answer({ ok: true, version: 2 });
    expect(await flushed).toBe(true);
  });

  it("flush joins a save under way and then saves what came after it", async () => {
    const { server, session, edit } = setup();
    edit(10);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    edit(20);
    const flushed = session.flush();
    server.calls[0]!.answer({ ok: true, version: 2 });
    await settle();
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.last().body).toMatchObject({ baseVersion: 2 });
    server.last().answer({ ok: true, version: 3 });
    expect(await flushed).toBe(true);
  });

  it("flush tries once while offline and reports false; the retry stays planned", async () => {
    const { server, session, edit } = setup();
    edit(10);
    const flushed = session.flush();
    await settle();
    server.last().answer({ ok: false, status: 503, message: "down", retryAfterMs: 3_000 });
    expect(await flushed).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(server.send).toHaveBeenCalledTimes(2);
  });

  it("before unload: asks while anything is unsaved, a save in flight included, and sends keepalive only when it fits", async () => {
    const { server, session, edit } = setup();
    expect(session.onBeforeUnload()).toBe(false);
    edit(10);
    expect(session.onBeforeUnload()).toBe(true);
    expect(server.last().keepalive).toBe(true);
    // The save is not confirmed yet: still ask.
    expect(session.onBeforeUnload()).toBe(true);
    expect(server.send).toHaveBeenCalledTimes(1);
    server.last().answer({ ok: true, version: 2 });
    await settle();
    expect(session.onBeforeUnload()).toBe(false);

    // 500 nodes are well over 64 KiB: a plain request, which the prompt gives time to finish.
    edit(...Array.from({ length: 500 }, (_, i) => i * 10));
    expect(session.onBeforeUnload()).toBe(true);
    expect(server.last().keepalive).toBe(false);
    expect(JSON.stringify(server.last().body).length).toBeGreaterThan(64 * 1024);
  });

  it("detach keeps the editor's last diagram and saves it", async () => {
    const { server, session, edit, current } = setup();
    edit(42);
    const detached = session.detach();
    current.diagram = diagram(1, -1); // the unmounted editor's state is gone
    await settle();
    expect(session.snapshot().nodes[0]!.position.x).toBe(42);
    expect(server.last().body.nodes[0]!.position.x).toBe(42);
    server.last().answer({ ok: true, version: 2 });
    expect(await detached).toBe(true);
  });

  it("discard drops what is pending", async () => {
    const { server, session, edit } = setup();
    edit(10);
    session.discard();
    expect(session.hasUnsaved()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).not.toHaveBeenCalled();
  });
});

describe("resumeFrom", () => {
  it("starts from the page without a session, or when someone saved since", async () => {
    const initial = diagram(3, 0);
    expect(resumeFrom(undefined, initial)).toEqual({ reuse: false, start: initial });
    const { session } = setup(diagram(2, 5));
    expect(resumeFrom(session, initial)).toEqual({ reuse: false, start: initial });
  });

  it("keeps the session, starting from the page, when both are at the same version", () => {
    const { session } = setup(diagram(3, 5));
    const initial = diagram(3, 0);
    expect(resumeFrom(session, initial)).toEqual({ reuse: true, start: initial });
  });

  it("resumes the session's diagram when it saved a newer version than the page shows", async () => {
    const { server, session, edit } = setup(diagram(3, 0));
    edit(50);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    server.last().answer({ ok: true, version: 4 });
    await settle();
    const { reuse, start } = resumeFrom(session, diagram(3, 0));
    expect(reuse).toBe(true);
    expect(start.version).toBe(4);
    expect(start.nodes[0]!.position.x).toBe(50);
  });

  it("resumes unsaved work even over a newer page (the next save then meets the conflict)", () => {
    const { session, edit } = setup(diagram(3, 0));
    edit(50);
    const { reuse, start } = resumeFrom(session, diagram(7, 9));
    expect(reuse).toBe(true);
    expect(start.version).toBe(3);
    expect(start.nodes[0]!.position.x).toBe(50);
  });
});
