"use client";

import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Label } from "@/components/ui/label";

/** A new token's secret with a copy button: it is never shown again, and the page says so. */
export function ShownOnceSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  return (
    <div className="grid gap-2 rounded-lg border border-primary/40 bg-primary/5 p-4" role="status">
      <Label htmlFor="new-api-token">Token “{name}” — copy it now: it is shown only once</Label>
      <CopyField key={secret} id="new-api-token" value={secret} copiedMessage="Token copied." />
      <p className="text-xs text-muted-foreground">
        Send it as <code className="font-mono">Authorization: Bearer …</code>. Store it as a CI secret; if it leaks,
        revoke it below.
      </p>
      <Button type="button" variant="ghost" size="sm" className="justify-self-start" onClick={onDone}>
        I have copied it
      </Button>
    </div>
  );
}
