import { z } from "zod";
import { MAX_NOTEBOOK_BYTES } from "@/lib/notebook/limits";
import { formatMiB } from "@/lib/format-bytes";
import { ZNotebookAnalysisResponse } from "@/lib/validation/notebooks";
import { okJson, type ApiOperation } from "./api-operation";
import { NOTEBOOK_UPLOAD_ERRORS } from "./error-responses";

// The route reads `preview` itself (anything but "1" is no preview), so the query is
// written here rather than in lib/validation: there is nothing to refuse.
const ZAnalyzeQuery = z.object({
  preview: z.literal("1").optional().meta({ description: "1: add the cells' sources, for the import preview." }),
  filename: z.string().optional().meta({ description: "The file's name for a raw body (or send x-filename)." }),
});

export const notebookOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/notebooks/analyze",
    operationId: "analyzeNotebook",
    summary: "Analyse a notebook",
    description: `A .ipynb, jupytext percent .py or plain .py file, at most ${formatMiB(MAX_NOTEBOOK_BYTES)}: its cells classified into the taxonomy and grouped into steps. The same JSON as \`npm run cli -- analyze <file> --json\`. Nothing is saved.`,
    tag: "Notebooks",
    query: ZAnalyzeQuery,
    body: { kind: "upload", description: "The notebook, raw or as the multipart field `file`." },
    responses: [okJson(ZNotebookAnalysisResponse)],
    errors: [...NOTEBOOK_UPLOAD_ERRORS, "busy", "too_many_analyses"],
  },
];
