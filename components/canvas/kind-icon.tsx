import { Boxes, Database, ExternalLink, NotebookPen, type LucideIcon } from "lucide-react";
import type { NodeKind } from "@/lib/pipeline/types";

const ICONS: Record<NodeKind, LucideIcon> = {
  step: NotebookPen,
  component: Boxes,
  data: Database,
  external: ExternalLink,
};

export function KindIcon({ kind, className }: { kind: NodeKind; className?: string }) {
  const Icon = ICONS[kind];
  return <Icon className={className} aria-hidden="true" />;
}
