import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeNode } from "@/lib/pipeline/make-node";
import type { PipelineDiagram, PipelineNode } from "@/lib/pipeline/types";
import { AutosaveSession, DEBOUNCE_MS, type DiagramSnapshot, type SaveOutcome } from "./autosave-session";

// The session's side of merged saves and other people's changes (issue #13, point 6).

const node = (id: string, title: string, x = 0): PipelineNode =>
  makeNode({
    id,
    kind: "component",
    title,
    category: "notebooks",
    phase: "ML",
    stage: "MVP",
    position: { x, y: 116 },
  });
const viewport = { x: 5, y: 6, zoom: 0.8 };

type Call = { body: DiagramSnapshot & { baseVersion: number }; answer: (outcome: SaveOutcome) => void };

function setup(start: PipelineDiagram) {
  const calls: Call[] = [];
  const send = vi.fn(
    (json: string) => new Promise<SaveOutcome>((answer) => calls.push({ body: JSON.parse(json), answer })),
  );
  const session = new AutosaveSession({ send }, start);
  const editor = { diagram: { viewport: start.viewport, nodes: start.nodes, edges: start.edges } as DiagramSnapshot };
  const shown: DiagramSnapshot[] = [];
  session.attach(
    () => editor.diagram,
    (next) => {
      shown.push(next);
      editor.diagram = next;
    },
  );
  const rename = (id: string, title: string) => {
    editor.diagram = {
      ...editor.diagram,
      nodes: editor.diagram.nodes.map((n) => (n.id === id ? { ...n, title } : n)),
    };
    session.markDirty();
  };
  return { calls, send, session, editor, shown, rename, last: () => calls[calls.length - 1]! };
}

const start: PipelineDiagram = { version: 3, viewport, nodes: [node("a", "A"), node("b", "B")], edges: [] };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveSession: merged saves", () => {
  it("takes the server's merged diagram and keeps edits made while the save was under way", async () => {
    const { session, editor, shown, rename, last } = setup(start);
    rename("a", "A mine");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(last().body.baseVersion).toBe(3);
    // While the save is out: another local edit.
    rename("b", "B later");
    // The server merged the save with someone else's change to node b's position.
    const merged: PipelineDiagram = {
      version: 5,
      viewport,
      nodes: [node("a", "A mine"), node("b", "B", 400)],
      edges: [],
    };
    last().answer({ ok: true, version: 5, merged });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toHaveLength(1);
    expect(editor.diagram.nodes.map((n) => [n.title, n.position.x])).toEqual([
      ["A mine", 0],
      ["B later", 400],
    ]);
    expect(editor.diagram.viewport).toEqual(viewport);
    expect(session.version).toBe(5);
    // The later edit is still pending and goes out based on the merged version.
    expect(session.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(last().body).toMatchObject({ baseVersion: 5, nodes: [{ title: "A mine" }, { title: "B later" }] });
  });

  it("a merged answer with nothing edited since leaves nothing to save", async () => {
    const { session, editor, rename, last, send } = setup(start);
    rename("a", "A mine");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const merged = { version: 5, viewport, nodes: [node("a", "A mine"), node("b", "B theirs")], edges: [] };
    last().answer({ ok: true, version: 5, merged });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(editor.diagram.nodes.map((n) => n.title)).toEqual(["A mine", "B theirs"]);
    expect(session.status.kind).toBe("saved");
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("keeps the conflicting fields with the conflict status", async () => {
    const { session, rename, last } = setup(start);
    rename("a", "A mine");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const theirs = { ...start, version: 4 };
    const conflicts = [{ element: "node" as const, id: "a", label: "A theirs", fields: ["title"] }];
    last().answer({ ok: false, status: 409, message: "overlap", current: theirs, conflicts });
    await vi.advanceTimersByTimeAsync(0);
    expect(session.status).toEqual({ kind: "conflict", theirs, conflicts });
  });
});

describe("AutosaveSession: Keep mine after a conflict", () => {
  const conflict = async (theirs: PipelineDiagram) => {
    const ctx = setup(start);
    ctx.rename("a", "A mine");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const conflicts = [{ element: "node" as const, id: "a", label: "A theirs", fields: ["title"] }];
    ctx.last().answer({ ok: false, status: 409, message: "overlap", current: theirs, conflicts });
    await vi.advanceTimersByTimeAsync(0);
    return ctx;
  };

  it("keeps their changes that did not overlap, mine winning on the overlapped field", async () => {
    // They renamed a (the overlap), moved b and added c.
    const theirs: PipelineDiagram = {
      version: 4,
      viewport,
      nodes: [node("a", "A theirs"), node("b", "B", 400), node("c", "C theirs")],
      edges: [{ id: "e1", source: "b", target: "c", label: null }],
    };
    const { session, editor, shown, last } = await conflict(theirs);
    session.resolve("mine", theirs);
    const expected = [
      ["A mine", 0],
      ["B", 400],
      ["C theirs", 0],
    ];
    expect(shown.at(-1)?.nodes.map((n) => [n.title, n.position.x])).toEqual(expected);
    expect(editor.diagram.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(last().body.baseVersion).toBe(4);
    expect(last().body.nodes.map((n) => [n.title, n.position.x])).toEqual(expected);
    expect(last().body.edges.map((e) => e.id)).toEqual(["e1"]);
    last().answer({ ok: true, version: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(session.status.kind).toBe("saved");
  });

  it("merges from the version last saved, not the one the page opened with", async () => {
    const { session, rename, last } = setup(start);
    rename("b", "B saved");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    last().answer({ ok: true, version: 4 });
    await vi.advanceTimersByTimeAsync(0);
    rename("a", "A mine");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    // They saw "B saved" and renamed a as well.
    const theirs = { version: 5, viewport, nodes: [node("a", "A theirs"), node("b", "B saved")], edges: [] };
    last().answer({ ok: false, status: 409, message: "overlap", current: theirs });
    await vi.advanceTimersByTimeAsync(0);
    session.resolve("mine", theirs);
    expect(last().body.nodes.map((n) => n.title)).toEqual(["A mine", "B saved"]);
  });
});

describe("AutosaveSession: other people's saves from the poll", () => {
  it("takes a newer diagram when nothing is pending, keeping the local viewport", () => {
    const { session, editor } = setup(start);
    const theirs = { version: 4, viewport: { x: 0, y: 0, zoom: 2 }, nodes: [node("a", "A theirs")], edges: [] };
    expect(session.takeRemote(theirs)).toBe(true);
    expect(editor.diagram).toEqual({ viewport, nodes: theirs.nodes, edges: [] });
    expect(session.version).toBe(4);
    expect(session.hasUnsaved()).toBe(false);
    expect(session.takeRemote(theirs)).toBe(false);
  });

  it("leaves unsaved work alone (the next save merges on the server) and ignores older versions", async () => {
    const { session, editor, rename } = setup(start);
    expect(session.takeRemote({ ...start, version: 2 })).toBe(false);
    rename("a", "A mine");
    expect(session.takeRemote({ ...start, version: 4, nodes: [] })).toBe(false);
    expect(editor.diagram.nodes).toHaveLength(2);
    expect(session.version).toBe(3);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    // While the save is in flight, too.
    expect(session.takeRemote({ ...start, version: 4, nodes: [] })).toBe(false);
  });

  it("keeps a newer diagram as the last one once the editor is gone", async () => {
    const { session } = setup(start);
    await session.detach();
    const theirs = { ...start, version: 6, nodes: [node("z", "Z")] };
    expect(session.takeRemote(theirs)).toBe(true);
    expect(session.snapshot().nodes.map((n) => n.id)).toEqual(["z"]);
  });
});
