import { z } from "zod";
import { PHASES, PRIORITIES, STAGES, type Phase, type Priority, type Stage } from "../pipeline/types";
import { ROADMAP_STATUSES, type RoadmapItemFacts, type RoadmapStatus } from "./types";

// The table view: filters (owner incl. "unassigned", phase, priority, status, stage, "my
// items"), a stable sort by any column, and the state as URL params. Params are outside input:
// each value is checked, and a bad one is dropped and reported rather than thrown, so an old
// or hand-edited link still opens the table. Lists are comma-separated (`?status=TODO,DONE`).

export const ROADMAP_SORT_KEYS = [
  "position",
  "title",
  "owner",
  "phase",
  "priority",
  "status",
  "stage",
  "targetDate",
  "updatedAt",
] as const;
export type RoadmapSortKey = (typeof ROADMAP_SORT_KEYS)[number];

/** The owner filter's value for items nobody owns. */
export const UNASSIGNED = "unassigned";
/** The priority filter's value for items with no priority. */
export const NO_PRIORITY = "none";

export type RoadmapView = {
  /** Membership ids and/or UNASSIGNED. */
  owner: string[];
  phase: Phase[];
  priority: (Priority | typeof NO_PRIORITY)[];
  status: RoadmapStatus[];
  stage: Stage[];
  /** "My items": owner = the viewer's membership. */
  mine: boolean;
  sort: RoadmapSortKey;
  dir: "asc" | "desc";
};

const ZOwner = z.union([z.literal(UNASSIGNED), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]);
const ZPriorityFilter = z.enum([...PRIORITIES, NO_PRIORITY]);
const FIELDS = {
  owner: ZOwner,
  phase: z.enum(PHASES),
  priority: ZPriorityFilter,
  status: z.enum(ROADMAP_STATUSES),
  stage: z.enum(STAGES),
} as const;
type ListField = keyof typeof FIELDS;
const LIST_FIELDS = Object.keys(FIELDS) as ListField[];

export const ZRoadmapView = z.strictObject({
  owner: z.array(ZOwner),
  phase: z.array(FIELDS.phase),
  priority: z.array(ZPriorityFilter),
  status: z.array(FIELDS.status),
  stage: z.array(FIELDS.stage),
  mine: z.boolean(),
  sort: z.enum(ROADMAP_SORT_KEYS),
  dir: z.enum(["asc", "desc"]),
}) satisfies z.ZodType<RoadmapView>;

export const DEFAULT_ROADMAP_VIEW: RoadmapView = {
  owner: [],
  phase: [],
  priority: [],
  status: [],
  stage: [],
  mine: false,
  sort: "position",
  dir: "asc",
};

type Filterable = Pick<RoadmapItemFacts, "owner" | "phase" | "priority" | "status" | "stage">;

/** Every filter that has values must match (values of one filter are alternatives). `me`: my membership id. */
export function filterItems<T extends Filterable>(items: readonly T[], view: RoadmapView, me: string | null): T[] {
  const has = <V>(list: readonly V[], value: V) => list.length === 0 || list.includes(value);
  return items.filter(
    (i) =>
      (!view.mine || (me !== null && i.owner?.id === me)) &&
      has(view.owner, i.owner?.id ?? UNASSIGNED) &&
      (view.phase.length === 0 || (i.phase !== null && view.phase.includes(i.phase))) &&
      has(view.priority, i.priority ?? NO_PRIORITY) &&
      has(view.status, i.status) &&
      has(view.stage, i.stage),
  );
}

type Sortable = Filterable & Pick<RoadmapItemFacts, "id" | "title" | "position" | "targetDate" | "updatedAt">;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const boardOrder = (a: Sortable, b: Sortable) =>
  STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.position - b.position || byCode(a.id, b.id);

/** The column's value as something comparable; null sorts last in either direction. */
const KEY: Record<RoadmapSortKey, (i: Sortable) => string | number | null> = {
  position: () => 0,
  title: (i) => i.title.toLocaleLowerCase("en"),
  owner: (i) => i.owner?.name.toLocaleLowerCase("en") ?? null,
  phase: (i) => (i.phase ? PHASES.indexOf(i.phase) : null),
  priority: (i) => (i.priority ? PRIORITIES.indexOf(i.priority) : null),
  status: (i) => ROADMAP_STATUSES.indexOf(i.status),
  stage: (i) => STAGES.indexOf(i.stage),
  targetDate: (i) => i.targetDate,
  updatedAt: (i) => i.updatedAt,
};

/** Sorted by the column, ties (and "position") in board order: stage, position, id. */
export function sortItems<T extends Sortable>(items: readonly T[], sort: RoadmapSortKey, dir: "asc" | "desc"): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const key = KEY[sort];
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      const c = typeof ka === "string" && typeof kb === "string" ? ka.localeCompare(kb, "en") : ka < kb ? -1 : 1;
      if (c !== 0) return sign * c;
    }
    return sort === "position" ? sign * boardOrder(a, b) : boardOrder(a, b);
  });
}

/** Filter then sort. */
export function applyView<T extends Sortable>(items: readonly T[], view: RoadmapView, me: string | null): T[] {
  return sortItems(filterItems(items, view, me), view.sort, view.dir);
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** URL params → view; unknown or bad values are dropped (listed in `problems`), never thrown. */
export function parseViewParams(params: Params): { view: RoadmapView; problems: string[] } {
  const problems: string[] = [];
  const view: RoadmapView = { ...DEFAULT_ROADMAP_VIEW };
  for (const field of LIST_FIELDS) {
    const values = read(params, field)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
    const good: string[] = [];
    for (const value of values) {
      if (!FIELDS[field].safeParse(value).success)
        problems.push(`${field}: "${value.slice(0, 40)}" is not a valid value.`);
      else if (!good.includes(value)) good.push(value);
    }
    (view[field] as string[]) = good;
  }
  const mine = read(params, "mine")[0];
  if (mine !== undefined) {
    if (mine === "1" || mine === "true") view.mine = true;
    else if (mine !== "0" && mine !== "false") problems.push(`mine: "${mine.slice(0, 40)}" is not 1 or 0.`);
  }
  const sort = z.enum(ROADMAP_SORT_KEYS).safeParse(read(params, "sort")[0] ?? view.sort);
  if (sort.success) view.sort = sort.data;
  else problems.push(`sort: must be one of ${ROADMAP_SORT_KEYS.join(", ")}.`);
  const dir = z.enum(["asc", "desc"]).safeParse(read(params, "dir")[0] ?? view.dir);
  if (dir.success) view.dir = dir.data;
  else problems.push("dir: must be asc or desc.");
  return { view, problems };
}

/** View → URL params, defaults left out so a clean view is a clean URL. Round-trips with parseViewParams. */
export function viewToParams(view: RoadmapView): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of LIST_FIELDS) if (view[field].length > 0) params.set(field, view[field].join(","));
  if (view.mine) params.set("mine", "1");
  if (view.sort !== DEFAULT_ROADMAP_VIEW.sort) params.set("sort", view.sort);
  if (view.dir !== DEFAULT_ROADMAP_VIEW.dir) params.set("dir", view.dir);
  return params;
}
