// Which view of the Roadmap tab is shown: the `view` URL parameter, validated (a bad or
// missing value shows the board, never an error).

export const ROADMAP_TABS = ["board", "table", "mine", "workload"] as const;
export type RoadmapTab = (typeof ROADMAP_TABS)[number];

export const ROADMAP_TAB_LABELS: Record<RoadmapTab, string> = {
  board: "Board",
  table: "Table",
  mine: "My items",
  workload: "Workload",
};

export function parseTab(value: string | null | undefined): RoadmapTab {
  return (ROADMAP_TABS as readonly string[]).includes(value ?? "") ? (value as RoadmapTab) : "board";
}

/** The search string with `view` set (the board, the default, leaves it out); other parameters kept. */
export function withTab(search: string, tab: RoadmapTab): string {
  const params = new URLSearchParams(search);
  if (tab === "board") params.delete("view");
  else params.set("view", tab);
  const query = params.toString();
  return query ? `?${query}` : "";
}
