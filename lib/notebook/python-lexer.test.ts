import { describe, expect, it } from "vitest";
import { fStringFields } from "./fstring-fields";
import { lexPython, type CodeLine } from "./python-lexer";

const codeLines = (source: string) => lexPython(source).lines.filter((l): l is CodeLine => l.kind === "code");
const names = (source: string) =>
  codeLines(source).flatMap((l) => l.tokens.filter((t) => t.kind === "name").map((t) => t.text));

describe("lexPython: comments and strings are not code", () => {
  it("keeps comments apart", () => {
    const lexed = lexPython("# train the model\nx = 1  # model.fit(X)\n");
    expect(lexed.comments.map((c) => c.text)).toEqual(["# train the model", "# model.fit(X)"]);
    expect(names("# train the model\nx = 1  # model.fit(X)\n")).toEqual(["x"]);
    expect(lexed.codeLines).toBe(1);
  });

  it("reads single, double, triple-quoted, raw, byte and f-strings as strings", () => {
    const source = [
      `a = "model.fit(X)"`,
      `b = 'docker build'`,
      `c = """`,
      `kubectl apply -f x.yaml`,
      `"""`,
      `d = r"C:\\new\\dir"`,
      `e = rb'\\x00' + B"\\xff"`,
      `f = f"{n} rows"`,
      `g = '''it's'''`,
    ].join("\n");
    // The f-string's field `n` is code, but it is kept with its string, not as a token.
    expect(names(source)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    const strings = codeLines(source).flatMap((l) => l.tokens.filter((t) => t.kind === "string").map((t) => t.text));
    expect(strings).toEqual([
      "model.fit(X)",
      "docker build",
      "\nkubectl apply -f x.yaml\n",
      "C:\\new\\dir",
      "\\x00",
      "\\xff",
      "{n} rows",
      "it's",
    ]);
  });

  it("does not end a string at an escaped quote, in raw strings too", () => {
    expect(names(`s = "say \\"fit(\\" now"; t = r"\\"" ; u = 1`)).toEqual(["s", "t", "u"]);
  });

  it("counts the lines of a multi-line string as code lines", () => {
    expect(lexPython('q = """\nSELECT *\nFROM t\n"""\n').codeLines).toBe(4);
  });

  it("survives unterminated strings", () => {
    expect(() => lexPython('x = "abc\ny = 2\nz = """never closed')).not.toThrow();
    expect(names('x = "abc\ny = 2')).toEqual(["x", "y"]);
  });

  it("reads f-string fields as code, without conversions and formats", () => {
    expect(fStringFields("{accuracy_score(y, p):.3f} and {x!r} and {{literal}} and {d['k']}")).toEqual([
      "accuracy_score(y, p)",
      "x",
      "d['k']",
    ]);
    expect(fStringFields("{value=}")).toEqual(["value"]);
    const token = codeLines('print(f"acc={accuracy_score(y, p):.2f}")')[0]?.tokens.find((t) => t.kind === "string");
    expect(token?.fields).toEqual(["accuracy_score(y, p)"]);
  });
});

describe("lexPython: blank ends", () => {
  it("reads a cell whose last line is only spaces (it used to throw)", () => {
    expect(names("x = 1\n  ")).toEqual(["x"]);
    expect(lexPython(" ").codeLines).toBe(0);
    expect(lexPython("y\n\t").codeLines).toBe(1);
  });
});

describe("lexPython: names", () => {
  it("keeps names whole (fit_transform is not fit, my_docker_notes is not docker)", () => {
    expect(names("my_docker_notes = fit_transform(x)")).toEqual(["my_docker_notes", "fit_transform", "x"]);
  });

  it("reads Unicode identifiers and numbers", () => {
    const tokens = codeLines("données = 1_000 + 0x1F + .5e-3 + 3j")[0]?.tokens ?? [];
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      "name:données",
      "op:=",
      "number:1_000",
      "op:+",
      "number:0x1F",
      "op:+",
      "number:.5e-3",
      "op:+",
      "number:3j",
    ]);
  });
});

describe("lexPython: logical lines", () => {
  it("joins lines inside brackets and after a backslash", () => {
    const lines = codeLines("model.fit(X,\n          y)\nz = 1 + \\\n    2\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ start: 0, end: 1 });
    expect(lines[1]).toMatchObject({ start: 2, end: 3 });
  });

  it("records indentation", () => {
    expect(codeLines("def f():\n    return 1\n").map((l) => l.indent)).toEqual([0, 4]);
  });
});

describe("lexPython: IPython", () => {
  it("reads shell and magic lines, with continuations and assignments", () => {
    const lexed = lexPython(
      "!pip install -q x\n%matplotlib inline\nout = !gcloud config list\n!docker build \\\n  -t img .\n  %cd app",
    );
    expect(
      lexed.lines.map((l) =>
        l.kind === "shell" ? `! ${l.command} → ${l.target}` : l.kind === "magic" ? `% ${l.name} ${l.args}` : "code",
      ),
    ).toEqual([
      "! pip install -q x → null",
      "% matplotlib inline",
      "! gcloud config list → out",
      "! docker build -t img . → null",
      "% cd app",
    ]);
    expect(lexed.codeLines).toBe(6);
  });

  it("reads %%bash bodies as shell commands", () => {
    const lexed = lexPython(
      "%%bash --bg\nnohup tensorflow_model_server \\\n  --port=8500 >log 2>&1\n# a comment\necho done",
    );
    expect(lexed.cellMagic).toMatchObject({ name: "bash", args: "--bg" });
    expect(lexed.lines.map((l) => (l.kind === "shell" ? l.command : ""))).toEqual([
      "nohup tensorflow_model_server --port=8500 >log 2>&1",
      "echo done",
    ]);
  });

  it("keeps a %%writefile body as text", () => {
    const lexed = lexPython("%%writefile app/main.py\nfrom fastapi import FastAPI\napp = FastAPI()\n");
    expect(lexed.cellMagic).toMatchObject({
      name: "writefile",
      args: "app/main.py",
      body: "from fastapi import FastAPI\napp = FastAPI()\n",
    });
    expect(lexed.lines).toEqual([]);
    expect(lexed.codeLines).toBe(3);
  });

  it("lexes the body of %%time as Python", () => {
    const lexed = lexPython("%%time\nmodel.fit(X, y)");
    expect(lexed.cellMagic?.name).toBe("time");
    expect(lexed.lines[0]?.kind).toBe("code");
  });

  it("does not mistake a modulo or a `!=` for IPython", () => {
    expect(lexPython("x = a % b\ny = a != b").lines.every((l) => l.kind === "code")).toBe(true);
  });
});
