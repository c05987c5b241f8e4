"use client";

import Markdown, { type Components, type ExtraProps } from "react-markdown";
import remarkGfm from "remark-gfm";
import { cn } from "@/lib/cn";
import { MermaidDiagram } from "./mermaid-diagram";

// The roadmap's Markdown as GitHub would show it: GFM (tables, task lists) through
// react-markdown, and its ```mermaid block drawn by Mermaid. Raw HTML is NOT enabled (no
// rehype-raw): an HTML tag in the text stays text, whatever the export let through.

type Element = NonNullable<ExtraProps["node"]>;

/** The text of a hast element (a code block's source). */
function textOf(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.value : c.type === "element" ? textOf(c) : "")).join("");
}

function isMermaid(node: Element | undefined): node is Element {
  const code = node?.children[0];
  if (!code || code.type !== "element" || code.tagName !== "code") return false;
  const classes = code.properties.className;
  return Array.isArray(classes) && classes.includes("language-mermaid");
}

const components: Components = {
  h1: ({ node: _node, className, ...props }) => (
    <h1 className={cn("text-2xl font-semibold tracking-tight", className)} {...props} />
  ),
  h2: ({ node: _node, className, ...props }) => (
    <h2 className={cn("mt-4 border-b pb-1 text-xl font-semibold", className)} {...props} />
  ),
  h3: ({ node: _node, className, ...props }) => (
    <h3 className={cn("mt-2 text-lg font-semibold", className)} {...props} />
  ),
  p: ({ node: _node, className, ...props }) => <p className={cn("leading-relaxed", className)} {...props} />,
  ul: ({ node: _node, className, ...props }) => (
    <ul
      className={cn(
        "grid gap-1 pl-6",
        className?.includes("contains-task-list") ? "list-none pl-1" : "list-disc",
        className,
      )}
      {...props}
    />
  ),
  ol: ({ node: _node, className, ...props }) => (
    <ol className={cn("grid gap-1 pl-6 list-decimal", className)} {...props} />
  ),
  li: ({ node: _node, className, ...props }) => (
    <li
      className={cn(className?.includes("task-list-item") && "[&>input]:mr-2 [&>input]:align-middle", className)}
      {...props}
    />
  ),
  input: ({ node: _node, ...props }) => <input {...props} className="size-4 accent-emerald-600" />,
  a: ({ node: _node, className, ...props }) => (
    <a className={cn("font-medium underline underline-offset-4", className)} {...props} />
  ),
  table: ({ node: _node, className, ...props }) => (
    <div className="overflow-x-auto">
      <table className={cn("w-full border-collapse text-sm", className)} {...props} />
    </div>
  ),
  th: ({ node: _node, className, ...props }) => (
    <th className={cn("border bg-muted px-3 py-1.5 text-left font-medium", className)} {...props} />
  ),
  td: ({ node: _node, className, ...props }) => <td className={cn("border px-3 py-1.5", className)} {...props} />,
  code: ({ node: _node, className, ...props }) => (
    <code className={cn("rounded bg-muted px-1 py-0.5 font-mono text-[0.9em]", className)} {...props} />
  ),
  pre: ({ node, className, children, ...props }) =>
    isMermaid(node) ? (
      <MermaidDiagram
        code={textOf(node.children[0] as Element)}
        label="The pipeline as a flowchart, one group per lane"
      />
    ) : (
      <pre
        className={cn("overflow-x-auto rounded-md bg-muted p-3 text-xs [&>code]:bg-transparent", className)}
        {...props}
      >
        {children}
      </pre>
    ),
};

export function MarkdownPreview({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <article className={cn("grid min-w-0 gap-3 text-sm", className)} data-testid="markdown-preview">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {markdown}
      </Markdown>
    </article>
  );
}
