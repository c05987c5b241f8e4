"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * A read-only value with a Copy button, for secrets shown once (invite links, API tokens):
 * focusing selects it all, so copying by hand works where the clipboard is blocked.
 */
export function CopyField({ id, value, copiedMessage }: { id: string; value: string; copiedMessage: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(copiedMessage);
    } catch {
      toast.error("Copying was blocked by the browser: select the text and copy it by hand.");
    }
  }

  return (
    <div className="flex gap-2">
      <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
      <Button type="button" variant="outline" onClick={() => void copy()}>
        {copied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
