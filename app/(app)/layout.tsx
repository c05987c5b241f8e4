import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/server/session";
import { listMyTeams } from "@/lib/server/teams";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const teams = await listMyTeams(user);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader user={user} teams={teams.map(({ id, name, role }) => ({ id, name, role }))} />
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
