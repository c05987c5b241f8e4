import { Wrench } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Recommendations" };

export default function RecommendationsPage() {
  return (
    <EmptyState
      icon={Wrench}
      title="No recommendations yet"
      description="Once the pipeline is mapped, each gap will get tools (DVC, MLflow, Docker, Kubernetes, Grafana…) ranked for your team's skills and cloud, with the reasons in words. Not built yet."
    />
  );
}
