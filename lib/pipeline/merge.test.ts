import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pipelineNode as node } from "@/test/pipeline-node";
import { describeConflicts, mergeDiagrams, type DiagramElements } from "./merge";
import type { PipelineEdge, PipelineNode } from "./types";

const edge = (id: string, source: string, target: string, label: string | null = null): PipelineEdge => ({
  id,
  source,
  target,
  label,
});

const e1 = edge("e1", "a", "b");
const e2 = edge("e2", "b", "c");
const serve = node("c", { title: "Serve" });
const base: DiagramElements = {
  nodes: [node("a", { title: "Load" }), node("b", { title: "Train" }), serve],
  edges: [e1, e2],
};

const withNode = (d: DiagramElements, id: string, patch: Partial<PipelineNode>): DiagramElements => ({
  ...d,
  nodes: d.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)),
});

describe("mergeDiagrams", () => {
  it("returns base when nobody changed anything", () => {
    expect(mergeDiagrams(base, base, base)).toEqual({ ...base, conflicts: [] });
  });

  it("applies both sides' edits to different nodes", () => {
    const mine = withNode(base, "a", { title: "Load CSV" });
    const theirs = withNode(base, "c", { position: { x: 900, y: 40 } });
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.nodes.find((n) => n.id === "a")?.title).toBe("Load CSV");
    expect(merged.nodes.find((n) => n.id === "c")?.position).toEqual({ x: 900, y: 40 });
    expect(merged.edges).toEqual(base.edges);
  });

  it("applies edits to different fields of one node", () => {
    const mine = withNode(base, "b", { title: "Train XGBoost" });
    const theirs = withNode(base, "b", { automation: "AUTOMATED", description: "nightly" });
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.nodes[1]).toMatchObject({ title: "Train XGBoost", automation: "AUTOMATED", description: "nightly" });
  });

  it("names the fields both changed differently, keeping theirs in the result", () => {
    const mine = withNode(base, "b", { title: "Mine", stage: "MVP", priority: "P1" });
    const theirs = withNode(base, "b", { title: "Theirs", stage: "PRODUCTIONIZATION", priority: "P1" });
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([{ element: "node", id: "b", label: "Theirs", fields: ["title", "stage"] }]);
    expect(merged.nodes[1]).toMatchObject({ title: "Theirs", priority: "P1" });
  });

  it("treats the same change made on both sides as no conflict", () => {
    const both = withNode(base, "a", { title: "Same" });
    expect(mergeDiagrams(base, both, both)).toEqual({ ...both, conflicts: [] });
  });

  it("moving one card on each side is two independent position changes", () => {
    const mine = withNode(base, "a", { position: { x: 1, y: 2 } });
    const theirs = withNode(base, "b", { position: { x: 3, y: 4 } });
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.nodes.map((n) => n.position)).toEqual([{ x: 1, y: 2 }, { x: 3, y: 4 }, serve.position]);
  });

  it("keeps nodes and edges added on both sides, theirs first", () => {
    const mine: DiagramElements = {
      nodes: [...base.nodes, node("m")],
      edges: [...base.edges, edge("em", "c", "m")],
    };
    const theirs: DiagramElements = {
      nodes: [...base.nodes, node("t")],
      edges: [...base.edges, edge("et", "t", "a")],
    };
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "t", "m"]);
    expect(merged.edges.map((e) => e.id)).toEqual(["e1", "e2", "et", "em"]);
  });

  it("deletes what one side deleted and the other left alone", () => {
    const mine: DiagramElements = { nodes: base.nodes.filter((n) => n.id !== "c"), edges: [e1] };
    const theirs = withNode(base, "a", { title: "Load CSV" });
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(merged.nodes[0]?.title).toBe("Load CSV");
    expect(merged.edges.map((e) => e.id)).toEqual(["e1"]);
  });

  it("is a conflict to delete a node the other side edited", () => {
    const mine: DiagramElements = { nodes: base.nodes.filter((n) => n.id !== "c"), edges: [e1] };
    const theirs = withNode(base, "c", { title: "Serve API" });
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([{ element: "node", id: "c", label: "Serve API", fields: ["deleted"] }]);
  });

  it("is a conflict to connect to a node the other side deleted", () => {
    const mine: DiagramElements = { nodes: base.nodes, edges: [...base.edges, edge("e3", "a", "c", "features")] };
    const theirs: DiagramElements = { nodes: base.nodes.filter((n) => n.id !== "c"), edges: [e1] };
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([{ element: "edge", id: "e3", label: "Load → Serve", fields: ["deleted"] }]);
  });

  it("keeps one edge when both sides joined the same pair", () => {
    const mine: DiagramElements = { ...base, edges: [...base.edges, edge("x1", "a", "c")] };
    const theirs: DiagramElements = { ...base, edges: [...base.edges, edge("x2", "a", "c")] };
    const merged = mergeDiagrams(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.edges.map((e) => e.id)).toEqual(["e1", "e2", "x2"]);
  });

  it("merges an edge's label and re-targeting like node fields", () => {
    const mine: DiagramElements = { ...base, edges: [{ ...e1, label: "csv" }, e2] };
    const theirs: DiagramElements = { ...base, edges: [e1, { ...e2, label: "model" }] };
    expect(mergeDiagrams(base, mine, theirs).edges.map((e) => e.label)).toEqual(["csv", "model"]);
    const clash: DiagramElements = { ...base, edges: [{ ...e1, label: "parquet" }, e2] };
    expect(mergeDiagrams(base, mine, clash).conflicts).toEqual([
      { element: "edge", id: "e1", label: "Load → Train", fields: ["label"] },
    ]);
  });

  describe("with mine preferred (Keep mine)", () => {
    it("takes mine on the overlapped field and keeps their other changes", () => {
      const mine = withNode(base, "b", { title: "Train mine" });
      const theirs = withNode(withNode(base, "b", { title: "Train theirs", description: "GPU" }), "c", {
        title: "Serve API",
      });
      const merged = mergeDiagrams(base, mine, theirs, "mine");
      expect(merged.nodes.find((n) => n.id === "b")).toMatchObject({ title: "Train mine", description: "GPU" });
      expect(merged.nodes.find((n) => n.id === "c")?.title).toBe("Serve API");
      expect(merged.conflicts).toEqual([{ element: "node", id: "b", label: "Train theirs", fields: ["title"] }]);
    });

    it("keeps their added nodes and edges", () => {
      const mine = withNode(base, "a", { title: "Load mine" });
      const added = node("d", { title: "Monitor" });
      const theirs: DiagramElements = {
        nodes: [...withNode(base, "a", { title: "Load theirs" }).nodes, added],
        edges: [...base.edges, edge("e4", "c", "d")],
      };
      const merged = mergeDiagrams(base, mine, theirs, "mine");
      expect(merged.nodes.map((n) => n.title)).toEqual(["Load mine", "Train", "Serve", "Monitor"]);
      expect(merged.edges.map((e) => e.id)).toEqual(["e1", "e2", "e4"]);
    });

    it("lets my deletion stand over their edit, and my edit over their deletion", () => {
      const deleted: DiagramElements = { nodes: base.nodes.filter((n) => n.id !== "c"), edges: [e1] };
      const edited = withNode(base, "c", { title: "Serve API" });
      expect(mergeDiagrams(base, deleted, edited, "mine").nodes.map((n) => n.id)).toEqual(["a", "b"]);
      const kept = mergeDiagrams(base, edited, deleted, "mine");
      expect(kept.nodes.find((n) => n.id === "c")?.title).toBe("Serve API");
    });

    it("brings back a node they deleted when my new edge needs it, and drops theirs to one I deleted", () => {
      const mine: DiagramElements = { nodes: base.nodes, edges: [...base.edges, edge("e3", "a", "c")] };
      const theirs: DiagramElements = { nodes: base.nodes.filter((n) => n.id !== "c"), edges: [e1] };
      const merged = mergeDiagrams(base, mine, theirs, "mine");
      expect(merged.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
      expect(merged.edges.map((e) => e.id)).toEqual(["e1", "e3"]);
      const reverse = mergeDiagrams(base, theirs, mine, "mine");
      expect(reverse.nodes.map((n) => n.id)).toEqual(["a", "b"]);
      expect(reverse.edges.map((e) => e.id)).toEqual(["e1"]);
    });
  });

  it("describes conflicts in a short sentence", () => {
    const conflicts = ["a", "b", "c", "d"].map((id) => ({
      element: "node" as const,
      id,
      label: id,
      fields: ["title"],
    }));
    expect(describeConflicts(conflicts)).toBe("a (title); b (title); c (title) and 1 more");
    expect(describeConflicts(conflicts.slice(0, 1))).toBe("a (title)");
  });
});

// ---- Properties ----

const TITLES = ["A", "B", "C", "D"];
const arbPatch = fc.record(
  {
    title: fc.constantFrom(...TITLES),
    description: fc.constantFrom("", "x", "y"),
    stage: fc.constantFrom("EXPERIMENTAL", "MVP", "PRODUCTIONIZATION" as const),
    automation: fc.constantFrom("MANUAL", "PARTIAL", "AUTOMATED" as const),
    position: fc.record({ x: fc.integer({ min: 0, max: 5 }), y: fc.integer({ min: 0, max: 5 }) }),
  },
  { requiredKeys: [] },
);

const arbBase = fc.integer({ min: 1, max: 12 }).map((count): DiagramElements => {
  const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, { title: `Node ${i}` }));
  const edges = nodes.slice(1).map((n, i) => edge(`e${i}`, nodes[i]!.id, n.id));
  return { nodes, edges };
});

/** An edit script: patch some nodes, delete some (with their edges), add some (prefix keeps ids apart). */
function arbEdits(d: DiagramElements, prefix: string) {
  return fc.record({
    patches: fc.array(fc.tuple(fc.nat(d.nodes.length - 1), arbPatch), { maxLength: 4 }),
    deletes: fc.array(fc.nat(d.nodes.length - 1), { maxLength: 2 }),
    adds: fc.integer({ min: 0, max: 3 }),
    prefix: fc.constant(prefix),
  });
}
type Edits = { patches: [number, Partial<PipelineNode>][]; deletes: number[]; adds: number; prefix: string };

function applyEdits(d: DiagramElements, edits: Edits, owned: (i: number) => boolean): DiagramElements {
  const patches = edits.patches.filter(([i]) => owned(i));
  const deleted = new Set(edits.deletes.filter(owned).map((i) => d.nodes[i]!.id));
  const nodes = d.nodes
    .map((n, i) => patches.filter(([j]) => j === i).reduce((acc, [, p]) => ({ ...acc, ...p }), n))
    .filter((n) => !deleted.has(n.id));
  const added = Array.from({ length: edits.adds }, (_, i) => node(`${edits.prefix}${i}`));
  const edges = d.edges.filter((e) => !deleted.has(e.source) && !deleted.has(e.target));
  const addedEdges = added.flatMap((n, i) => (nodes[0] ? [edge(`${edits.prefix}e${i}`, nodes[0].id, n.id)] : []));
  return { nodes: [...nodes, ...added], edges: [...edges, ...addedEdges] };
}

describe("mergeDiagrams properties", () => {
  it("applies both sides when they edit disjoint nodes", () => {
    fc.assert(
      fc.property(
        arbBase.chain((b) => fc.tuple(fc.constant(b), arbEdits(b, "m"), arbEdits(b, "t"))),
        ([b, mineEdits, theirEdits]) => {
          // Mine owns the even nodes, theirs the odd ones, except node 0 which both connect new nodes to.
          const mine = applyEdits(b, mineEdits, (i) => i > 0 && i % 2 === 0);
          const theirs = applyEdits(b, theirEdits, (i) => i > 0 && i % 2 === 1);
          const merged = mergeDiagrams(b, mine, theirs);
          expect(merged.conflicts).toEqual([]);
          const byId = new Map(merged.nodes.map((n) => [n.id, n]));
          // Every node each side kept or added is there as that side left it, when the other did not touch it.
          for (const n of mine.nodes) {
            const i = b.nodes.findIndex((x) => x.id === n.id);
            if (i < 0 || i % 2 === 0) expect(byId.get(n.id)).toEqual(n);
          }
          for (const n of theirs.nodes) {
            const i = b.nodes.findIndex((x) => x.id === n.id);
            if (i < 0 || i % 2 === 1) expect(byId.get(n.id)).toEqual(n);
          }
          // What either deleted is gone; every edge joins nodes that exist.
          for (const side of [mine, theirs])
            for (const n of b.nodes) if (!side.nodes.some((x) => x.id === n.id)) expect(byId.has(n.id)).toBe(false);
          for (const e of merged.edges) expect(byId.has(e.source) && byId.has(e.target)).toBe(true);
        },
      ),
    );
  });

  it("is symmetric in which side's edits survive when there is no conflict", () => {
    fc.assert(
      fc.property(
        arbBase.chain((b) => fc.tuple(fc.constant(b), arbEdits(b, "m"), arbEdits(b, "t"))),
        ([b, me, te]) => {
          const mine = applyEdits(b, me, () => true);
          const theirs = applyEdits(b, te, () => true);
          const ab = mergeDiagrams(b, mine, theirs);
          const ba = mergeDiagrams(b, theirs, mine);
          expect(ab.conflicts.length === 0).toBe(ba.conflicts.length === 0);
          if (ab.conflicts.length === 0) {
            const sort = (d: DiagramElements) => [...d.nodes].sort((x, y) => x.id.localeCompare(y.id));
            expect(sort(ab)).toEqual(sort(ba));
          }
        },
      ),
    );
  });

  it("merging with an unchanged side gives the other side", () => {
    fc.assert(
      fc.property(
        arbBase.chain((b) => fc.tuple(fc.constant(b), arbEdits(b, "m"))),
        ([b, me]) => {
          const mine = applyEdits(b, me, () => true);
          const merged = mergeDiagrams(b, mine, b);
          expect(merged.conflicts).toEqual([]);
          expect(new Set(merged.nodes.map((n) => JSON.stringify(n)))).toEqual(
            new Set(mine.nodes.map((n) => JSON.stringify(n))),
          );
          expect(mergeDiagrams(b, b, mine).nodes).toEqual(mine.nodes);
        },
      ),
    );
  });

  it("reports a conflict exactly when both changed one field of one node differently", () => {
    fc.assert(
      fc.property(arbBase, arbPatch, arbPatch, (b, p, q) => {
        const mine = withNode(b, "n0", p);
        const theirs = withNode(b, "n0", q);
        const n0 = b.nodes[0]!;
        const expected = (Object.keys(p) as (keyof typeof p)[]).filter(
          (k) =>
            k in q &&
            JSON.stringify(p[k]) !== JSON.stringify(q[k]) &&
            JSON.stringify(p[k]) !== JSON.stringify(n0[k]) &&
            JSON.stringify(q[k]) !== JSON.stringify(n0[k]),
        );
        const conflicts = mergeDiagrams(b, mine, theirs).conflicts;
        expect(new Set(conflicts.flatMap((c) => c.fields))).toEqual(new Set(expected));
      }),
    );
  });
});
