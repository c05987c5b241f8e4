import { CLOSE, closing, OPEN, splitTop, type Token } from "./python-tokens";

// The heads of statements: import lists, def parameters, and where a compound header
// (`for x in y:`, `with f() as g:`) ends.

export type ImportBinding = { module: string; name: string | null; alias: string; star: boolean };

/** The ":" that ends a compound header (not one inside brackets, a lambda or a slice). */
export function headerColon(tokens: Token[]): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "op" && OPEN.has(t.text)) depth++;
    else if (t.kind === "op" && CLOSE.has(t.text)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind === "name" && t.text === "lambda") lambdas++;
    else if (depth === 0 && t.kind === "op" && t.text === ":") {
      if (lambdas > 0) lambdas--;
      else return i;
    }
  }
  return -1;
}

export function params(tokens: Token[]): string[] {
  if (tokens[0]?.text !== "(") return [];
  const inner = tokens.slice(1, closing(tokens, 0));
  return splitTop(inner, ",")
    .map((p) => p.find((t) => t.kind === "name")?.text)
    .filter((n): n is string => n !== undefined);
}

/** The comma-separated names of an import, parentheses dropped. */
const importedNames = (list: Token[]) =>
  splitTop(
    list.filter((t) => t.text !== "(" && t.text !== ")"),
    ",",
  );

export function parseImport(tokens: Token[]): ImportBinding[] {
  if (tokens[0]?.text === "import") {
    return importedNames(tokens.slice(1)).map((part) => {
      const asAt = part.findIndex((t) => t.text === "as");
      const modulePath = (asAt < 0 ? part : part.slice(0, asAt)).map((t) => t.text).join("");
      const alias = asAt < 0 ? (modulePath.split(".")[0] ?? modulePath) : (part[asAt + 1]?.text ?? modulePath);
      // `import a.b` binds `a`, which stands for module `a`.
      return { module: asAt < 0 ? alias : modulePath, name: null, alias, star: false };
    });
  }
  const importAt = tokens.findIndex((t) => t.text === "import");
  const modulePath = tokens
    .slice(1, importAt)
    .map((t) => t.text)
    .join("");
  return importedNames(tokens.slice(importAt + 1)).map((part) => {
    const name = part[0]?.text ?? "";
    const asAt = part.findIndex((t) => t.text === "as");
    return { module: modulePath, name, alias: asAt < 0 ? name : (part[asAt + 1]?.text ?? name), star: name === "*" };
  });
}
