import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DimensionResult } from "@/lib/assessment/types";

/** The radar's numbers as a table: for screen readers, and for anyone who prefers figures. */
export function DimensionTable({ dimensions }: { dimensions: DimensionResult[] }) {
  return (
    <Table>
      <caption className="mt-2 text-left text-sm text-muted-foreground">
        Level per dimension (Microsoft MLOps maturity 0–4) and how sure the answers make it.
      </caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Dimension</TableHead>
          <TableHead scope="col" className="text-right">
            Level
          </TableHead>
          <TableHead scope="col" className="text-right">
            Confidence
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {dimensions.map((d) => (
          <TableRow key={d.id}>
            <TableHead scope="row" className="font-normal">
              {d.label}
            </TableHead>
            <TableCell className="text-right tabular-nums">{d.level}</TableCell>
            <TableCell className="text-right tabular-nums" title={`${d.notSure} not sure, ${d.unanswered} unanswered`}>
              {Math.round(d.confidence * 100)}%
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
