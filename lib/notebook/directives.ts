// Cell tags that change how a cell takes part in steps, from the tools people use to turn
// notebooks into pipelines:
//
// - Kale (kubeflow-kale): `skip` leaves the cell out of the pipeline; `block:<name>` names
//   the step a cell starts. We accept `step:<name>` as the same thing, as our UI writes it.
// - nbdev: `#| <directive>` lines at the top of a cell (`#| export`, `#| hide`,
//   `#| eval: false`, `#| default_exp core`) become tags `nbdev:<directive>` so they show up in
//   the UI. None of them skips a cell: `hide` only hides it from the docs and `eval: false`
//   only from nbdev's test run — the cell is still part of the notebook's work. The
//   directive lines are comments, so the classifier never reads them as code.

import { clipTitle } from "./limits";

const NBDEV_DIRECTIVE = /^#\|\s*(.+?)\s*$/;
/** nbdev 1 wrote flags without the pipe and without a space: `#export`, `#hide`. */
const NBDEV1_FLAG = /^#(export[is]?|hide|hide_input|hide_output|default_exp\s+\S+)\s*$/;
const STEP_TAG = /^(?:step|block):(.+)$/;

type CellDirectives = { tags: string[]; skipped: boolean; stepName: string | null };

/** The nbdev directives at the top of a cell, as tags (`nbdev:export`). */
export function nbdevTags(source: string): string[] {
  const tags: string[] = [];
  // Line by line from the top, not source.split: the directives end at the first line of code.
  for (let start = 0; start <= source.length;) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    const match = NBDEV_DIRECTIVE.exec(line) ?? NBDEV1_FLAG.exec(line);
    // Directives only count at the top of the cell, before any code or comment.
    if (!match?.[1]) break;
    tags.push(`nbdev:${match[1].replace(/\s+/g, " ")}`);
  }
  return tags;
}

/** Merges metadata tags with nbdev directives and reads the step/skip tags. */
export function cellDirectives(metadataTags: readonly string[], source: string, isCode: boolean): CellDirectives {
  const tags = [
    ...new Set([...metadataTags.map((t) => t.trim()).filter(Boolean), ...(isCode ? nbdevTags(source) : [])]),
  ];
  let stepName: string | null = null;
  for (const tag of tags) {
    const name = STEP_TAG.exec(tag)?.[1]?.trim();
    if (name) {
      stepName = clipTitle(name);
      break;
    }
  }
  return { tags, skipped: tags.includes("skip"), stepName };
}
