import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/catalog";
import { STEP_CATEGORY_IDS } from "../notebook/taxonomy";
import { COMPONENT_IDS } from "../pipeline/components";
import { makeNode } from "../pipeline/make-node";
import { AUTOMATIONS, PRIORITIES, type PipelineDiagram, type PipelineNode } from "../pipeline/types";
import { FAMILIARITIES, LANGUAGES } from "../teams/profile";
import { recommend } from "./recommend";
import type { RecommendInput, RecommendMember } from "./types";

// Properties the issue asks for, over random pipelines and teams and the real catalog.

const SLUGS = CATALOG.map((t) => t.slug);

const arbNode = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom("step", "component", "data", "external"),
      step: fc.constantFrom(...STEP_CATEGORY_IDS),
      component: fc.constantFrom(...COMPONENT_IDS),
      automation: fc.constantFrom(...AUTOMATIONS),
      priority: fc.option(fc.constantFrom(...PRIORITIES)),
    })
    .map((r): PipelineNode =>
      makeNode({
        id,
        kind: r.kind,
        title: `Node ${id}`,
        category: r.kind === "step" ? r.step : r.kind === "component" ? r.component : null,
        phase: "ML",
        stage: "EXPERIMENTAL",
        automation: r.automation,
        priority: r.priority,
      }),
    );

const arbDiagram: fc.Arbitrary<PipelineDiagram> = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => arbNode(`n${i}`))),
      fc.uniqueArray(fc.tuple(fc.nat(Math.max(0, n - 1)), fc.nat(Math.max(0, n - 1))), {
        maxLength: 2 * n,
        selector: ([a, b]) => `${a}-${b}`,
      }),
    )
    .map(([nodes, pairs]) => ({
      version: 1,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes,
      edges: pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b], i) => ({ id: `e${i}`, source: `n${a}`, target: `n${b}`, label: null })),
    })),
);

const arbMembers: fc.Arbitrary<RecommendMember[]> = fc
  .array(
    fc.record({
      tools: fc.uniqueArray(
        fc.record({ slug: fc.constantFrom(...SLUGS), familiarity: fc.constantFrom(...FAMILIARITIES) }),
        { maxLength: 5, selector: (t) => t.slug },
      ),
      languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
      openWorkload: fc.nat(9),
    }),
    { maxLength: 4 },
  )
  .map((list) =>
    list.map((m, i) => ({
      membershipId: `m${i}`,
      name: `Member ${i}`,
      openWorkload: m.openWorkload,
      skills: { tools: m.tools, languages: m.languages, note: "" },
    })),
  );

const arbInput: fc.Arbitrary<RecommendInput> = fc.record({
  diagram: fc.option(arbDiagram, { nil: null }),
  assessment: fc.option(
    fc.record({
      google: fc.record({ level: fc.constantFrom(0, 1, 2) }),
      dimensions: fc.constant([
        { id: "serving" as const, level: 1 as const, confidence: 1 },
        { id: "monitoring" as const, level: 0 as const, confidence: 1 },
      ]),
    }),
    { nil: null },
  ),
  profile: fc.option(
    fc.record({
      languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
      clouds: fc.uniqueArray(fc.constantFrom("gcp", "aws", "azure", "on_premises", "none"), { maxLength: 2 }),
      preference: fc.constantFrom("open_source", "managed", "none"),
    }),
    { nil: null },
  ),
  members: arbMembers,
  catalog: fc.constant(CATALOG),
});

const RUNS = { numRuns: 150 };

describe("recommend() properties", () => {
  it("gives the same answer for the same input, and leaves the input as it was", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const before = structuredClone({ ...input, catalog: null });
        expect(recommend(input)).toEqual(recommend(input));
        expect({ ...input, catalog: null }).toEqual(before);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of nodes, edges or members", () => {
    fc.assert(
      fc.property(arbInput, fc.integer(), (input, seed) => {
        const shuffled: RecommendInput = {
          ...input,
          diagram: input.diagram && {
            ...input.diagram,
            nodes: shuffle(input.diagram.nodes, seed),
            edges: shuffle(input.diagram.edges, seed + 1),
          },
          members: shuffle(input.members, seed + 2),
          catalog: shuffle(input.catalog, seed + 3),
        };
        expect(recommend(shuffled)).toEqual(recommend(input));
      }),
      RUNS,
    );
  });

  it("drops a component's gap once an AUTOMATED node provides it", () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...COMPONENT_IDS), (input, component) => {
        const diagram = input.diagram ?? { version: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: [], edges: [] };
        const automated = makeNode({
          id: "auto",
          kind: "component",
          title: "Automated",
          category: component,
          phase: "ML",
          stage: "EXPERIMENTAL",
          automation: "AUTOMATED",
        });
        const after = recommend({ ...input, diagram: { ...diagram, nodes: [...diagram.nodes, automated] } });
        expect(after.gaps.map((g) => g.component)).not.toContain(component);
        // Making the manual component nodes of the gap AUTOMATED does the same.
        const flipped = diagram.nodes.map((n) =>
          n.kind === "component" && n.category === component ? { ...n, automation: "AUTOMATED" as const } : n,
        );
        const gap = recommend({ ...input, diagram }).gaps.find((g) => g.component === component);
        if (gap && gap.status !== "missing" && flipped.some((n) => n.category === component && n.kind === "component"))
          expect(
            recommend({ ...input, diagram: { ...diagram, nodes: flipped } }).gaps.map((g) => g.component),
          ).not.toContain(component);
      }),
      RUNS,
    );
  });

  it("never lowers a tool's rank when a member knows it better", () => {
    fc.assert(
      fc.property(arbInput, fc.nat(), fc.nat(), fc.boolean(), (input, gapPick, toolPick, expert) => {
        const before = recommend(input);
        if (before.gaps.length === 0) return;
        const gap = before.gaps[gapPick % before.gaps.length]!;
        const slug = gap.tools[toolPick % gap.tools.length]!.slug;
        const members = [...input.members];
        const learner = members.length > 0 && expert ? 0 : -1;
        const upgraded: RecommendMember =
          learner === 0
            ? {
                ...members[0]!,
                skills: {
                  ...members[0]!.skills,
                  tools: [
                    ...members[0]!.skills.tools.filter((t) => t.slug !== slug),
                    { slug, familiarity: "expert" as const },
                  ],
                },
              }
            : {
                membershipId: "m_new",
                name: "Newcomer",
                openWorkload: 0,
                skills: { tools: [{ slug, familiarity: expert ? "expert" : "some" }], languages: [], note: "" },
              };
        if (learner === 0) members[0] = upgraded;
        else members.push(upgraded);
        const after = recommend({ ...input, members }).gaps.find((g) => g.component === gap.component)!;
        const rank = (tools: { slug: string }[]) => tools.findIndex((t) => t.slug === slug);
        expect(rank(after.tools)).toBeLessThanOrEqual(rank(gap.tools));
      }),
      RUNS,
    );
  });

  it("ranks every gap after its missing prerequisites, numbered from 1", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const { gaps } = recommend(input);
        expect(gaps.map((g) => g.rank)).toEqual(gaps.map((_, i) => i + 1));
        const rank = new Map(gaps.map((g) => [g.component, g.rank]));
        for (const gap of gaps) for (const blocker of gap.blockedBy) expect(rank.get(blocker)).toBeLessThan(gap.rank);
      }),
      RUNS,
    );
  });
});

/** A seeded Fisher–Yates shuffle, so a failing case can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
