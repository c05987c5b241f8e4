import Papa from "papaparse";
import { getComponent } from "../pipeline/components";
import { STAGE_LABELS } from "../pipeline/labels";
import type { Priority } from "../pipeline/types";
import { ROADMAP_STATUS_LABELS } from "./stage-rules";
import type { RoadmapItemFacts, RoadmapStatus } from "./types";

// The roadmap's items as a CSV that Jira's and Linear's importers read, one row per item, in
// board order as given. Sources: Atlassian, "Importing data from CSV" / "Prepare and structure
// your CSV file" (a header row with a Summary column; people as e-mail addresses; quoted fields
// for commas and line breaks) and Linear, "Importing from Jira" (its CSV import maps Jira's
// Summary, Description, Assignee, Priority, Status, Label and Due date columns). So:
// - headers are Jira's field names, which both importers map without a manual step;
// - priority P0–P3 → Highest / High / Medium / Low: Jira's default scheme, and the words
//   Linear's Jira mapping turns into Urgent / High / Medium / Low; no priority → empty;
// - status → "To Do" / "In Progress" / "Done", Jira's default workflow (Linear matches them
//   to its own statuses best effort);
// - labels are one column, space-separated, because a Jira label cannot contain a space:
//   each label is a lower-case word with hyphens (stage, phase, component);
// - due date as YYYY-MM-DD (pick "yyyy-MM-dd" as the date format in Jira's wizard).
// Formula injection: a cell starting with = + - @, a tab or a CR gets a leading ' (OWASP's
// advice), so a spreadsheet never runs it; papaparse's own escapeFormulae misses such a cell
// when it has a line break, hence the pattern below.

export const ROADMAP_CSV_COLUMNS = [
  "Summary",
  "Description",
  "Assignee",
  "Priority",
  "Status",
  "Labels",
  "Due date",
] as const;

export const CSV_PRIORITIES: Record<Priority, string> = { P0: "Highest", P1: "High", P2: "Medium", P3: "Low" };
const CSV_STATUSES: Record<RoadmapStatus, string> = { TODO: "To Do", IN_PROGRESS: "In Progress", DONE: "Done" };

const FORMULA = /^[=+\-@\t\r]/;

/** A label Jira accepts: lower case, no spaces. */
const label = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

function description(item: RoadmapItemFacts): string {
  const facts = [
    `Stage: ${STAGE_LABELS[item.stage]}`,
    item.phase && `Phase: ${item.phase}`,
    item.componentId && `Component: ${getComponent(item.componentId).label}`,
    (item.tool || item.toolSlug) && `Tool: ${item.tool?.name ?? item.toolSlug}`,
    `Roadmap status: ${ROADMAP_STATUS_LABELS[item.status]}`,
  ].filter(Boolean);
  return [item.doneWhen && `Done when: ${item.doneWhen}`, item.detail && `Why: ${item.detail}`, facts.join(" · ")]
    .filter(Boolean)
    .join("\n\n");
}

export function roadmapCsvRows(items: readonly RoadmapItemFacts[]): string[][] {
  return items.map((item) => [
    item.title,
    description(item),
    item.owner?.email ?? "",
    item.priority ? CSV_PRIORITIES[item.priority] : "",
    CSV_STATUSES[item.status],
    [label(item.stage), item.phase && label(item.phase), item.componentId && label(item.componentId)]
      .filter(Boolean)
      .join(" "),
    item.targetDate ?? "",
  ]);
}

/** RFC 4180 with CRLF, every field quoted only when it must be, formulas defused. */
export function roadmapCsv(items: readonly RoadmapItemFacts[]): string {
  const body = Papa.unparse(
    { fields: [...ROADMAP_CSV_COLUMNS], data: roadmapCsvRows(items) },
    { newline: "\r\n", escapeFormulae: FORMULA },
  );
  return `${body}\r\n`;
}
