import { Route } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Roadmap" };

export default function RoadmapPage() {
  return (
    <EmptyState
      icon={Route}
      title="No roadmap yet"
      description="The roadmap will plan the way from Experimental to MVP to Productionization in small steps, with owners and priorities, and export it as Markdown. Not built yet."
    />
  );
}
