import { describe, expect, it } from "vitest";
import { heldOutGroups } from "./held-out-groups";

const nb = (id: string, repo: string | null) => ({ id, repo });
const names = (groups: { name: string; members: { id: string }[] }[]) =>
  groups.map((g) => [g.name, g.members.map((m) => m.id)]);

describe("heldOutGroups", () => {
  const corpus = [
    nb("a", "microsoft/recommenders"),
    nb("b", "qdrant/examples"),
    nb("c", "Microsoft/Recommenders"),
    nb("d", null),
    nb("e", "microsoft/recommenders"),
    nb("f", null),
  ];

  it("puts the notebooks of one repository in one group, names compared case-insensitively", () => {
    expect(names(heldOutGroups(corpus, "repository"))).toEqual([
      ["microsoft/recommenders", ["a", "c", "e"]],
      ["qdrant/examples", ["b"]],
      ["d", ["d"]],
      ["f", ["f"]],
    ]);
  });

  it("makes each notebook without a recorded repository a group of its own", () => {
    const groups = heldOutGroups([nb("x", null), nb("y", null)], "repository");
    expect(names(groups)).toEqual([
      ["x", ["x"]],
      ["y", ["y"]],
    ]);
  });

  it("by notebook, every notebook is its own group whatever its repository (leave one notebook out)", () => {
    expect(names(heldOutGroups(corpus, "notebook"))).toEqual(corpus.map((n) => [n.id, [n.id]]));
  });

  it("covers every notebook exactly once", () => {
    for (const by of ["notebook", "repository"] as const) {
      const ids = heldOutGroups(corpus, by).flatMap((g) => g.members.map((m) => m.id));
      expect(ids.sort()).toEqual(corpus.map((n) => n.id).sort());
    }
  });
});
