import { MailWarning } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitation } from "@/components/invitations/accept-invitation";
import { Logo } from "@/components/layout/logo";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NotFoundError } from "@/lib/server/errors";
import { previewInvitation } from "@/lib/server/invitations";
import { getSessionUser } from "@/lib/server/session";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Invitation" };

const STATUS_TEXT = {
  accepted: "This invitation has already been used. Ask a lead of the team for a new link.",
  revoked: "This invitation was revoked. Ask a lead of the team for a new link.",
  expired: "This invitation has expired. Ask a lead of the team for a new link.",
} as const;

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const user = await getSessionUser();
  const preview = await previewInvitation(token).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  const here = `/invite/${encodeURIComponent(token)}`;

  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-muted/40 px-4 py-12">
      <Logo />
      <main id="main" className="w-full max-w-md">
        <Card>
          {!preview || preview.status !== "pending" ? (
            <CardHeader>
              <MailWarning className="size-8 text-muted-foreground" aria-hidden="true" />
              <CardTitle>
                <h1>{preview ? "This invitation cannot be used" : "Invitation not found"}</h1>
              </CardTitle>
              <CardDescription>
                {preview && preview.status !== "pending"
                  ? STATUS_TEXT[preview.status]
                  : "This invitation link is not valid. Check that you copied the whole link, or ask a lead for a new one."}
              </CardDescription>
            </CardHeader>
          ) : (
            <>
              <CardHeader>
                <CardTitle>
                  <h1>Join {preview.teamName}</h1>
                </CardTitle>
                <CardDescription>
                  {preview.invitedBy ? `${preview.invitedBy} invited you` : "You are invited"} as a{" "}
                  <strong className="font-medium text-foreground">{ROLE_LABELS[preview.role].toLowerCase()}</strong>:{" "}
                  {ROLE_DESCRIPTIONS[preview.role].toLowerCase()}
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3">
                {user ? (
                  <>
                    <p className="text-sm text-muted-foreground">Signed in as {user.email}.</p>
                    <AcceptInvitation token={token} teamName={preview.teamName} roleLabel={ROLE_LABELS[preview.role]} />
                  </>
                ) : (
                  <>
                    <Button asChild>
                      <Link href={`/sign-up?next=${encodeURIComponent(here)}`}>Create an account to join</Link>
                    </Button>
                    <Button asChild variant="outline">
                      <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>I already have an account</Link>
                    </Button>
                  </>
                )}
              </CardContent>
            </>
          )}
        </Card>
      </main>
    </div>
  );
}
