import { Library } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { Logo } from "./logo";
import { TeamSwitcher, type TeamOption } from "./team-switcher";
import { UserMenu } from "./user-menu";

export function AppHeader({ user, teams }: { user: { name: string; email: string }; teams: TeamOption[] }) {
  return (
    <header className="sticky top-0 z-30 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:px-6">
        <Logo href="/teams" className="shrink-0" />
        <span aria-hidden="true" className="text-muted-foreground/50">
          /
        </span>
        <TeamSwitcher teams={teams} />
        <div className="ml-auto flex items-center gap-2">
          <IntentLink
            href="/catalog"
            title="Tool catalog"
            className="inline-flex items-center rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {/* An icon on narrow screens, where the team switcher and user menu need the room. */}
            <Library className="size-4 sm:hidden" aria-hidden="true" />
            <span className="sr-only sm:not-sr-only">Tool catalog</span>
          </IntentLink>
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
