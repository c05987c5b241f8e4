"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A new token's secret with a copy button: it is never shown again, and the page says so. */
export function ShownOnceSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      toast.success("Token copied.");
    } catch {
      toast.error("Copying was blocked by the browser: select the token and copy it by hand.");
    }
  }

  return (
    <div className="grid gap-2 rounded-lg border border-primary/40 bg-primary/5 p-4" role="status">
      <Label htmlFor="new-api-token">Token “{name}” — copy it now: it is shown only once</Label>
      <div className="flex gap-2">
        <Input
          id="new-api-token"
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className="font-mono text-xs"
        />
        <Button type="button" variant="outline" onClick={() => void copy()}>
          {copied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
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
