"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex min-h-[70dvh] flex-col items-center justify-center gap-4 px-4 text-center">
      <TriangleAlert className="size-10 text-destructive" aria-hidden="true" />
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="max-w-md text-muted-foreground">
        We could not show this page. Try again; if it keeps happening, tell us this reference:{" "}
        <code className="rounded bg-muted px-1.5 py-0.5 text-sm">{error.digest ?? "none"}</code>
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
