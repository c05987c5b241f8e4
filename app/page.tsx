import { ClipboardCheck, Map, Route, Users, Wrench } from "lucide-react";
import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/server/session";

const FEATURES = [
  {
    icon: Map,
    title: "Map the big picture",
    text: "Draw your pipeline in ML, DEV and PROD lanes, or import a notebook and get one step per group of cells.",
  },
  {
    icon: ClipboardCheck,
    title: "Assess your MLOps level",
    text: "A questionnaire grounded in Google Cloud's levels 0–2 and Microsoft's maturity model 0–4, kept as history.",
  },
  { icon: Users, title: "Check the team", text: "Members, roles and skills. Leads assign owners and priorities." },
  {
    icon: Wrench,
    title: "Find apt tools",
    text: "DVC, MLflow, Docker, Kubernetes, Grafana and more, ranked for your gaps, skills and cloud.",
  },
  {
    icon: Route,
    title: "Plan in baby steps",
    text: "From Experimental to MVP to Productionization, exported as Markdown.",
  },
];

export default async function LandingPage() {
  const user = await getSessionUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-7xl items-center justify-between px-4 py-4 sm:px-6">
        <Logo />
        <nav className="flex items-center gap-2" aria-label="Account">
          {user ? (
            <Button asChild>
              <Link href="/teams">Open your teams</Link>
            </Button>
          ) : (
            <>
              <Button asChild variant="ghost">
                <Link href="/sign-in">Sign in</Link>
              </Button>
              <Button asChild>
                <Link href="/sign-up">Get started</Link>
              </Button>
            </>
          )}
        </nav>
      </header>
      <main id="main" className="flex-1">
        <section className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6 sm:py-24">
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            From one 500&#8209;cell notebook to a production ML system
          </h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg text-muted-foreground text-pretty">
            MLOps Map shows your team where its ML pipeline stands today, which step to automate first, and the tools
            that fit — one small step at a time.
          </p>
          <div className="mt-8 flex justify-center gap-3">
            <Button asChild size="lg">
              <Link href={user ? "/teams" : "/sign-up"}>{user ? "Open your teams" : "Create a free account"}</Link>
            </Button>
          </div>
        </section>
        <section
          aria-label="What you can do"
          className="mx-auto grid max-w-7xl gap-4 px-4 pb-20 sm:grid-cols-2 sm:px-6 lg:grid-cols-5"
        >
          {FEATURES.map(({ icon: Icon, title, text }) => (
            <div key={title} className="rounded-xl border bg-card p-5">
              <Icon className="size-5 text-primary" aria-hidden="true" />
              <h2 className="mt-3 font-medium">{title}</h2>
              <p className="mt-1 text-sm text-muted-foreground">{text}</p>
            </div>
          ))}
        </section>
      </main>
    </div>
  );
}
