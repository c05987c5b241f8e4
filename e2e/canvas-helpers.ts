import type { APIRequestContext, Browser, Locator, Page } from "@playwright/test";
import {
  type Account,
  createInvitationViaApi,
  createProjectViaApi,
  createTeamViaApi,
  expect,
  type Project,
  type Role,
  runSuffix,
  sameOrigin,
  type Team,
} from "./helpers";

// Helpers for the pipeline canvas specs (components/canvas/pipeline-editor.tsx).
//
// The lanes are horizontal bands in flow coordinates (lib/pipeline/lanes.ts): ML at
// y 0–320, DEV 320–640, PROD 640–960. React Flow draws flow coordinates through the
// transform of `.react-flow__viewport`, which these helpers read to aim the mouse.

export const LANE_HEIGHT = 320;
export const NODE_HEIGHT = 88;

type Phase = "ML" | "DEV" | "PROD";

export type DiagramNode = {
  id: string;
  kind: "step" | "component" | "data" | "external";
  title: string;
  description: string;
  category: string | null;
  phase: Phase;
  stage: "EXPERIMENTAL" | "MVP" | "PRODUCTIONIZATION";
  automation: "MANUAL" | "PARTIAL" | "AUTOMATED";
  ownerId: string | null;
  priority: "P0" | "P1" | "P2" | "P3" | null;
  position: { x: number; y: number };
  sourceCells: number[] | null;
};
export type DiagramEdge = { id: string; source: string; target: string; label: string | null };
export type Diagram = {
  version: number;
  viewport: { x: number; y: number; zoom: number };
  nodes: DiagramNode[];
  edges: DiagramEdge[];
};

// ---------------------------------------------------------------------------------------
// Setup through the API

export type CanvasTeam = { team: Team; project: Project };

/**
 * A fresh team and project made by the lead whose API context is `leadApi`, with each of
 * `joiners` (role → an API context signed in as a pooled account) joined through an
 * invitation the lead creates and the joiner accepts, all through the API.
 */
export async function canvasTeam(
  leadApi: APIRequestContext,
  joiners: Partial<Record<Exclude<Role, "LEAD">, APIRequestContext>> = {},
): Promise<CanvasTeam> {
  const team = await createTeamViaApi(leadApi, `Canvas team ${runSuffix()}`);
  const project = await createProjectViaApi(leadApi, team.id, "Churn model", "Predicts which customers leave.");
  for (const [role, api] of Object.entries(joiners) as [Exclude<Role, "LEAD">, APIRequestContext][]) {
    const invitePath = await createInvitationViaApi(leadApi, team.id, role);
    const token = invitePath.split("/").pop()!;
    const accepted = await api.post(`/api/v1/invitations/${token}/accept`, { headers: sameOrigin() });
    expect(accepted.status(), `accept ${role} invitation: ${await accepted.text()}`).toBe(200);
  }
  return { team, project };
}

/** The membership id of the team member called `name` (what a node's ownerId holds). */
export async function membershipId(api: APIRequestContext, teamId: string, name: string): Promise<string> {
  const response = await api.get(`/api/v1/teams/${teamId}/members`);
  expect(response.status(), await response.text()).toBe(200);
  const { members } = (await response.json()) as { members: { id: string; name: string }[] };
  const found = members.find((m) => m.name === name);
  if (!found) throw new Error(`No member ${name} in ${members.map((m) => m.name).join(", ")}`);
  return found.id;
}

export function pipelinePath(t: { team: Team; project: Project }): string {
  return `/teams/${t.team.id}/projects/${t.project.id}/pipeline`;
}

export async function getPipeline(api: APIRequestContext, projectId: string): Promise<Diagram> {
  const response = await api.get(`/api/v1/projects/${projectId}/pipeline`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { pipeline: Diagram }).pipeline;
}

export function putPipeline(
  api: APIRequestContext,
  projectId: string,
  diagram: Omit<Diagram, "version">,
  baseVersion: number,
) {
  return api.put(`/api/v1/projects/${projectId}/pipeline`, {
    data: { baseVersion, ...diagram },
    headers: sameOrigin(),
  });
}

/** Saves `nodes` and `edges` over the current diagram (viewport left at the default, so the editor fits the view). */
export async function seedPipeline(
  api: APIRequestContext,
  projectId: string,
  nodes: DiagramNode[],
  edges: DiagramEdge[] = [],
): Promise<Diagram> {
  const current = await getPipeline(api, projectId);
  const response = await putPipeline(
    api,
    projectId,
    { viewport: { x: 0, y: 0, zoom: 1 }, nodes, edges },
    current.version,
  );
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { pipeline: Diagram }).pipeline;
}

let seededIds = 0;

/** A component node centred vertically in its lane. */
export function componentNode(
  title: string,
  category: string,
  phase: Phase,
  x: number,
  extra: Partial<DiagramNode> = {},
): DiagramNode {
  seededIds += 1;
  const lane = { ML: 0, DEV: 1, PROD: 2 }[phase];
  return {
    id: `n_seed_${Date.now().toString(36)}_${seededIds}`,
    kind: "component",
    title,
    description: "",
    category,
    phase,
    stage: "MVP",
    automation: "MANUAL",
    ownerId: null,
    priority: null,
    position: { x, y: lane * LANE_HEIGHT + (LANE_HEIGHT - NODE_HEIGHT) / 2 },
    sourceCells: null,
    ...extra,
  };
}

export function nodeByTitle(diagram: Diagram, title: string): DiagramNode {
  const node = diagram.nodes.find((n) => n.title === title);
  if (!node) throw new Error(`No node titled ${title} in ${diagram.nodes.map((n) => n.title).join(", ")}`);
  return node;
}

/** Edges as "source title → target title", sorted. */
export function edgeTitles(diagram: Diagram): string[] {
  const title = new Map(diagram.nodes.map((n) => [n.id, n.title]));
  return diagram.edges.map((e) => `${title.get(e.source)} → ${title.get(e.target)}`).sort();
}

// ---------------------------------------------------------------------------------------
// The editor

export function canvas(page: Page): Locator {
  return page.getByRole("application", { name: "Pipeline canvas" });
}

/** The card of the node whose title is exactly `title`. */
export function nodeCard(page: Page, title: string): Locator {
  return page.locator(".react-flow__node").filter({ has: page.getByText(title, { exact: true }) });
}

export function palette(page: Page): Locator {
  return page.getByRole("complementary", { name: "Add to the pipeline" });
}

export function inspector(page: Page): Locator {
  return page.getByRole("complementary", { name: "Selected step" });
}

export function saveStatus(page: Page): Locator {
  return page.locator("[data-save-status]");
}

/** Opens the project's pipeline page and waits for the canvas. */
export async function openCanvas(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(canvas(page)).toBeVisible();
  await expect(page.locator(".react-flow__viewport")).toBeAttached();
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
  await expect(saveStatus(page)).toHaveText("All changes saved");
}

/** React Flow's viewport: flow → screen is `screen = origin + (x·zoom + tx, y·zoom + ty)`. */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.e-]+)px,\s*(-?[\d.e-]+)px\)\s*scale\((-?[\d.e-]+)\)/.exec(transform);
  if (!match) throw new Error(`Unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

/** Waits until the viewport transform stops changing (fitView animates for 300 ms). */
export async function viewportSettled(page: Page): Promise<void> {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [150], timeout: 5_000 },
    )
    .toBe(true);
}

/** Fits every node in view with the canvas's own control, so off-screen nodes get rendered. */
export async function fitView(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Fit View" }).click();
  await viewportSettled(page);
}

function centre(box: { x: number; y: number; width: number; height: number } | null): { x: number; y: number } {
  if (!box) throw new Error("Element has no box (not rendered?)");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the source (right) handle of `from` to the target (left) handle of `to`, like a person would. */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  const start = centre(await nodeCard(page, from).locator(".react-flow__handle-right.source").boundingBox());
  const end = centre(await nodeCard(page, to).locator(".react-flow__handle-left.target").boundingBox());
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

/** Drags a node by its body `dy` flow units down (negative: up), in small steps. */
export async function dragNodeBy(page: Page, title: string, dx: number, dy: number): Promise<void> {
  const { zoom } = await viewport(page);
  const card = nodeCard(page, title);
  const box = await card.boundingBox();
  if (!box) throw new Error(`Node ${title} is not rendered`);
  // Grab the card a little below its top edge, away from the handles at its sides.
  const start = { x: box.x + box.width / 2, y: box.y + 14 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + (dx * zoom) / 2, start.y + (dy * zoom) / 2, { steps: 10 });
  await page.mouse.move(start.x + dx * zoom, start.y + dy * zoom, { steps: 10 });
  await page.mouse.up();
}

/** The flow position React Flow renders a node at (its own transform, not affected by panning). */
export async function nodeTransform(page: Page, title: string): Promise<string> {
  return nodeCard(page, title).evaluate((el) => (el as HTMLElement).style.transform);
}

/** Two seeded nodes: a notebook in ML and an API in DEV, linked. */
export function twoNodes() {
  const notebook = componentNode("Jupyter training", "notebooks", "ML", 80);
  const api = componentNode("Flask API", "model_api", "DEV", 420);
  return { nodes: [notebook, api], edges: [{ id: "e_seed_1", source: notebook.id, target: api.id, label: null }] };
}

/**
 * Lead (A, already signed in on `page`) and member (B, on a page of their own) with the
 * two-node pipeline open at the same version. B's editor does not poll for newer versions,
 * so B's next save surely comes from the older one: the concurrent case the merge and the
 * conflict specs are about.
 */
export async function twoEditors(page: Page, browser: Browser, pool: { account(index: number): Promise<Account> }) {
  const memberContext = await browser.newContext({ storageState: (await pool.account(1)).state });
  const setup = await canvasTeam(page.request, { MEMBER: memberContext.request });
  const { nodes, edges } = twoNodes();
  await seedPipeline(page.request, setup.project.id, nodes, edges);
  const pageB = await memberContext.newPage();
  await pageB.route("**/pipeline/version", (route) => route.abort());
  await openCanvas(page, pipelinePath(setup));
  await openCanvas(pageB, pipelinePath(setup));
  await expect(nodeCard(pageB, "Flask API")).toBeVisible();
  return { setup, pageB, memberContext };
}
