"use client";

import { Highlight, themes } from "prism-react-renderer";
import { useTheme } from "next-themes";
import { memo } from "react";

const MAX_LINES = 40;

/** A cell's source with Python highlighting; long cells are cut to keep the preview light. */
function CodeBlockImpl({ source }: { source: string }) {
  const { resolvedTheme } = useTheme();
  const lines = source.split("\n");
  const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES).join("\n") : source;
  return (
    <Highlight theme={resolvedTheme === "dark" ? themes.vsDark : themes.github} code={shown} language="python">
      {({ style, tokens, getLineProps, getTokenProps }) => (
        <pre
          className="max-h-64 overflow-auto rounded-md border p-2 text-xs leading-relaxed"
          style={{ ...style, background: "var(--muted)" }}
        >
          {tokens.map((line, i) => (
            <div key={i} {...getLineProps({ line })}>
              {line.map((token, key) => (
                <span key={key} {...getTokenProps({ token })} />
              ))}
            </div>
          ))}
          {lines.length > MAX_LINES && (
            <div className="text-muted-foreground">… {lines.length - MAX_LINES} more lines</div>
          )}
        </pre>
      )}
    </Highlight>
  );
}

export const CodeBlock = memo(CodeBlockImpl);
