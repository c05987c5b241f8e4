import { ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Assessment" };

export default function AssessmentPage() {
  return (
    <EmptyState
      icon={ClipboardCheck}
      title="No assessment taken yet"
      description="A questionnaire grounded in Google Cloud's MLOps levels 0–2 and Microsoft's maturity model 0–4 will score this project per dimension and keep the history. It is not built yet."
    />
  );
}
