import type { z } from "zod";
import { bankByVersion } from "@/lib/assessment/banks";
import { checkAnswers } from "@/lib/validation/assessments";
import { ZPipelineSave } from "@/lib/validation/pipeline";
import type { TProjectBackup } from "./format";

// What a backup's parts say about each other, checked before anything is written: the
// diagram's own rules (ZPipelineSave: categories, duplicate ids, edges to missing nodes,
// self-loops), and the links from cells, groups and roadmap items to nodes, unique item ids
// and source keys, one draft, and answers that fit the bank they name. Each issue names its
// path; at most MAX_ISSUES are reported, as one broken file can otherwise yield thousands.

const MAX_ISSUES = 20;

type Path = (string | number)[];

export function checkBackupReferences(backup: TProjectBackup, ctx: z.RefinementCtx) {
  let reported = 0;
  const report = (path: Path, message: string) => {
    if (reported++ < MAX_ISSUES) ctx.addIssue({ code: "custom", path, message });
  };
  const { pipeline } = backup;

  const diagram = ZPipelineSave.safeParse({
    baseVersion: 0,
    viewport: pipeline.viewport,
    nodes: pipeline.nodes.map(({ owner: _owner, ...node }) => ({ ...node, ownerId: null })),
    edges: pipeline.edges,
  });
  for (const issue of diagram.error?.issues ?? []) report(["pipeline", ...(issue.path as Path)], issue.message);

  const nodeIds = new Set(pipeline.nodes.map((n) => n.id));
  const missingNode = (path: Path, owner: string, id: string) =>
    report(path, `${owner}: node ${JSON.stringify(id)} is not a node of this diagram`);

  const cells = new Set<string>();
  pipeline.cells.forEach((cell, i) => {
    if (!nodeIds.has(cell.nodeId)) missingNode(["pipeline", "cells", i, "nodeId"], `cell ${cell.index}`, cell.nodeId);
    const key = `${cell.nodeId}\u0000${cell.index}`;
    if (cells.has(key))
      report(["pipeline", "cells", i], `cell ${cell.index} of node ${JSON.stringify(cell.nodeId)} is listed twice`);
    cells.add(key);
  });

  const groupIds = new Set<string>();
  const grouped = new Set<string>();
  pipeline.groups.forEach((group, i) => {
    if (groupIds.has(group.id))
      report(["pipeline", "groups", i, "id"], `duplicate group id ${JSON.stringify(group.id)}`);
    groupIds.add(group.id);
    group.nodeIds.forEach((id, j) => {
      const path = ["pipeline", "groups", i, "nodeIds", j];
      if (!nodeIds.has(id)) missingNode(path, `group ${JSON.stringify(group.id)}`, id);
      else if (grouped.has(id)) report(path, `node ${JSON.stringify(id)} is in two groups`);
      grouped.add(id);
    });
  });

  const itemIds = new Set<string>();
  const sourceKeys = new Set<string>();
  backup.roadmap.items.forEach((item, i) => {
    const path = ["roadmap", "items", i];
    if (itemIds.has(item.id)) report([...path, "id"], `duplicate item id ${JSON.stringify(item.id)}`);
    itemIds.add(item.id);
    if (item.sourceKey) {
      if (sourceKeys.has(item.sourceKey))
        report([...path, "sourceKey"], `sourceKey ${JSON.stringify(item.sourceKey)} is used by two items`);
      sourceKeys.add(item.sourceKey);
    }
    item.nodeIds.forEach((id, j) => {
      if (!nodeIds.has(id)) missingNode([...path, "nodeIds", j], `item ${JSON.stringify(item.id)}`, id);
    });
  });

  let drafts = 0;
  backup.assessments.forEach((a, i) => {
    const path = ["assessments", i];
    if (a.status === "DRAFT" && ++drafts > 1) report([...path, "status"], "a project has at most one draft assessment");
    if (a.status === "SUBMITTED" && (a.result === null || a.submittedAt === null))
      report(path, "a submitted assessment needs its result and submittedAt");
    if (a.status === "DRAFT" && (a.result !== null || a.submittedAt !== null))
      report(path, "a draft has no result or submittedAt yet");
    const bank = bankByVersion(a.bankVersion);
    if (!bank) {
      report([...path, "bankVersion"], `question bank version ${a.bankVersion} is not known here`);
      return;
    }
    for (const problem of checkAnswers(bank, a)) report([...path, ...problem.path], problem.message);
  });
}
