import { z } from "zod";

// nbformat 3 and 4 as far as we read them. Unknown keys are dropped (zod's default), and
// outputs are only checked to be an array: their contents are never validated nor kept, so
// a notebook that is mostly images costs little more than its JSON.parse.

const ZSource = z.union([z.string(), z.array(z.string())]);
const ZOutputs = z.array(z.unknown()).optional();
const ZCellMetadata = z.object({ tags: z.array(z.string()).optional() }).optional();

const ZCellV4 = z.object({
  cell_type: z.enum(["code", "markdown", "raw"]),
  source: ZSource,
  id: z.string().optional(),
  metadata: ZCellMetadata,
  outputs: ZOutputs,
});

export const ZNotebookV4 = z.object({
  nbformat: z.literal(4),
  nbformat_minor: z.number().int().min(0),
  cells: z.array(ZCellV4),
});

const ZCellV3 = z.discriminatedUnion("cell_type", [
  z.object({ cell_type: z.literal("code"), input: ZSource, metadata: ZCellMetadata, outputs: ZOutputs }),
  z.object({ cell_type: z.literal("markdown"), source: ZSource, metadata: ZCellMetadata }),
  z.object({ cell_type: z.literal("raw"), source: ZSource, metadata: ZCellMetadata }),
  z.object({
    cell_type: z.literal("heading"),
    source: ZSource,
    level: z.number().int().min(1).max(6).optional(),
    metadata: ZCellMetadata,
  }),
]);

export const ZNotebookV3 = z.object({
  nbformat: z.literal(3),
  nbformat_minor: z.number().int().min(0),
  worksheets: z.array(z.object({ cells: z.array(ZCellV3) })),
});

export type NotebookV3 = z.infer<typeof ZNotebookV3>;
