export const NOTEBOOK_FORMATS = ["ipynb", "py-percent", "py"] as const;
export type NotebookFormat = (typeof NOTEBOOK_FORMATS)[number];
export const CELL_TYPES = ["code", "markdown", "raw"] as const;
export type CellType = (typeof CELL_TYPES)[number];

/** A cell as parsed: outputs and execution counts are never kept. */
export type ParsedCell = {
  /** 0-based position among all cells of the notebook. */
  index: number;
  type: CellType;
  /** The source with list-of-lines joined with "" (as nbformat defines it). */
  source: string;
  /** metadata.tags, then nbdev directives as `nbdev:<directive>` (see directives.ts). */
  tags: string[];
  /** Kale's `skip` tag: the cell is listed but is not part of any step. */
  skipped: boolean;
  /** From a `step:<name>` (or Kale `block:<name>`) tag: this cell starts a step so named. */
  stepName: string | null;
  /** A jupytext percent-format cell title (`# %% Load data`), used like a heading. */
  title: string | null;
};

export type ParsedNotebook = {
  format: NotebookFormat;
  /** The notebook's own "major.minor" for .ipynb; null for .py. */
  nbformat: string | null;
  cells: ParsedCell[];
};
