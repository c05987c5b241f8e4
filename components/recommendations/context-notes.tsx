import { ClipboardCheck, Users } from "lucide-react";
import Link from "next/link";
import type { Recommendations } from "@/lib/recommend/types";

/** What would sharpen the list: an assessment, a team profile. The list works without them. */
export function ContextNotes({
  context,
  teamId,
  projectId,
}: {
  context: Recommendations["context"];
  teamId: string;
  projectId: string;
}) {
  if (context.hasAssessment && context.hasProfile) return null;
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {!context.hasAssessment && (
        <Note icon={ClipboardCheck}>
          No assessment yet, so the ranking reads only the pipeline.{" "}
          <Link
            className="font-medium text-primary underline-offset-4 hover:underline"
            href={`/teams/${teamId}/projects/${projectId}/assessment`}
          >
            Take the assessment to sharpen these
          </Link>
          .
        </Note>
      )}
      {!context.hasProfile && (
        <Note icon={Users}>
          No team profile yet, so languages, cloud and preference do not count.{" "}
          <Link
            className="font-medium text-primary underline-offset-4 hover:underline"
            href={`/teams/${teamId}/settings`}
          >
            Set the team profile
          </Link>
          .
        </Note>
      )}
    </div>
  );
}

function Note({ icon: Icon, children }: { icon: typeof Users; children: React.ReactNode }) {
  return (
    <p className="flex items-start gap-2 rounded-lg border bg-muted/40 p-3 text-sm">
      <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      <span>{children}</span>
    </p>
  );
}
