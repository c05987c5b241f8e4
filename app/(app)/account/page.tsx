import type { Metadata } from "next";
import { ApiTokensPanel } from "@/components/account/api-tokens-panel";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listApiTokens } from "@/lib/server/api-tokens";
import { requirePageUser } from "@/lib/server/session";
import { listMyTeams } from "@/lib/server/teams";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const [teams, tokens] = await Promise.all([listMyTeams(user), listApiTokens(user)]);

  return (
    <div className="mx-auto grid max-w-4xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-8 sm:px-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Account settings</h1>
        <p className="mt-1 text-muted-foreground">
          Signed in as {user.name} ({user.email}).
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>API tokens</h2>
          </CardTitle>
          <CardDescription>
            For scripts, CI jobs and the CLI: send <code className="font-mono">Authorization: Bearer mm_…</code> to any{" "}
            <code className="font-mono">/api/v1</code> route. A token acts as you, only in its teams, and never above
            its role ceiling or your own role there. Only a hash is stored: the token is shown once.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ApiTokensPanel teams={teams.map(({ id, name, role }) => ({ id, name, role }))} initialTokens={tokens} />
        </CardContent>
      </Card>
    </div>
  );
}
