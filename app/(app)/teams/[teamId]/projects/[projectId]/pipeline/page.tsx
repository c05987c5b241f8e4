import { Map } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Pipeline" };

export default function PipelinePage() {
  return (
    <EmptyState
      icon={Map}
      title="No pipeline mapped yet"
      description="This is where your team will draw its current ML pipeline across the ML, DEV and PROD lanes, or import a Jupyter notebook to get one step per group of cells. The canvas is not built yet."
    />
  );
}
