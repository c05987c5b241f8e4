// The notebooks of the analysis benchmark: the three that stalled the server (issue figures in
// BENCHMARKS.md), now refused by a limit, and the heaviest the limits still accept.

import { MAX_CELL_CHARS, MAX_CELLS, MAX_NOTEBOOK_BYTES } from "../../lib/notebook/limits";

export type BenchFile = { label: string; filename: string; bytes: Uint8Array };

const utf8 = (text: string) => new TextEncoder().encode(text);
const notebook = (sources: string[]) =>
  utf8(
    JSON.stringify({
      cells: sources.map((source) => ({ cell_type: "code", metadata: {}, outputs: [], execution_count: null, source })),
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    }),
  );

/** `x = a+a+…+a` of `chars` characters. */
const sum = (chars: number) => `x = ${"a+".repeat(Math.floor((chars - 5) / 2))}a`;

export function benchFiles(): { issue: BenchFile[]; accepted: BenchFile[]; reference: BenchFile } {
  const oneLineCells = (n: number) => notebook(Array.from({ length: n }, (_, i) => `x${i} = ${i}`));
  const nested = 9 * 1024 * 1024;
  // As many cells just under the character limit as fit under the size limit.
  const longCells = Math.floor((MAX_NOTEBOOK_BYTES - 1000) / (MAX_CELL_CHARS + 100));
  return {
    issue: [
      { label: "100,000 one-line cells", filename: "cells.ipynb", bytes: oneLineCells(100_000) },
      { label: "`[[[…]]]`", filename: "nested.ipynb", bytes: utf8(`${"[".repeat(nested)}${"]".repeat(nested)}`) },
      { label: "one `a+a+…` line", filename: "sum.py", bytes: utf8(sum(5 * 1024 * 1024)) },
    ],
    accepted: [
      {
        label: `${MAX_CELLS.toLocaleString("en-US")} one-line cells (the cell limit)`,
        filename: "cells-limit.ipynb",
        bytes: oneLineCells(MAX_CELLS),
      },
      {
        label: "one `a+a+…` cell just under the character limit",
        filename: "sum-limit.py",
        bytes: utf8(sum(MAX_CELL_CHARS - 10)),
      },
      {
        label: `${longCells} such cells (near the size limit)`,
        filename: "sums.ipynb",
        bytes: notebook(Array.from({ length: longCells }, () => sum(MAX_CELL_CHARS - 10))),
      },
    ],
    // As large as the largest, but refused on its first bytes: what moving the upload costs.
    reference: {
      label: "18 MiB of NUL bytes (refused as `binary` on its first bytes)",
      filename: "zeros.ipynb",
      bytes: new Uint8Array(18 * 1024 * 1024),
    },
  };
}
