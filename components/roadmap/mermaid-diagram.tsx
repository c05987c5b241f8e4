"use client";

import { useTheme } from "next-themes";
import { useEffect, useState } from "react";

// A Mermaid block drawn in the browser. Mermaid (≈ 1 MB with d3) is imported only when a
// diagram is on screen. `securityLevel: "strict"` makes Mermaid escape labels and run its
// output through DOMPurify, so a title can never become markup or a click handler.
//
// The CSP (lib/security/content-security-policy.ts): Mermaid's chunks load as scripts of our
// own origin from a nonce'd script ('strict-dynamic' admits them), and it uses no eval. It
// puts a <style> element inside the SVG, which `style-src 'unsafe-inline'` (there for React
// Flow, Radix and sonner) allows. `render` returns the SVG as a string that we insert; no
// script of Mermaid's runs from it. The e2e preview test runs under the CSP watch fixture.

let renders = 0;

type State = { svg: string; error: null } | { svg: null; error: string } | null;

export function MermaidDiagram({ code, label }: { code: string; label: string }) {
  const { resolvedTheme } = useTheme();
  const theme = resolvedTheme === "dark" ? "dark" : "default";
  const [state, setState] = useState<State>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const mermaid = (await import("mermaid")).default;
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme });
        renders += 1;
        // The id names the SVG and scopes its styles: ours, never text from the diagram.
        const { svg } = await mermaid.render(`roadmap-mermaid-${renders}`, code);
        if (live) setState({ svg, error: null });
      } catch (error) {
        if (live) setState({ svg: null, error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [code, theme]);

  if (state?.error != null)
    return (
      <div className="grid gap-2">
        <p role="alert" className="text-sm text-destructive">
          The diagram could not be drawn: {state.error}
        </p>
        <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">{code}</pre>
      </div>
    );
  if (!state) return <p className="text-sm text-muted-foreground">Drawing the pipeline diagram…</p>;
  return (
    <figure
      role="img"
      aria-label={label}
      data-testid="mermaid-diagram"
      className="overflow-x-auto rounded-md border bg-background p-3 [&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-none"
      // Mermaid's own sanitised output (securityLevel strict), see above.
      dangerouslySetInnerHTML={{ __html: state.svg }}
    />
  );
}
