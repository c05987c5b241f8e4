import { describe, expect, it } from "vitest";
import { extractFacts } from "./cell-facts";
import { parseStatements, walk } from "./python-statements";

describe("extractFacts", () => {
  it("reads imports with their aliases", () => {
    const facts = extractFacts(
      "import pandas as pd, numpy\nimport torch.nn as nn\nfrom sklearn.model_selection import (train_test_split,\n    GridSearchCV as GS)\nfrom x import *",
    );
    expect(facts.imports).toEqual([
      { module: "pandas", name: null, alias: "pd" },
      { module: "numpy", name: null, alias: "numpy" },
      { module: "torch.nn", name: null, alias: "nn" },
      { module: "sklearn.model_selection", name: "train_test_split", alias: "train_test_split" },
      { module: "sklearn.model_selection", name: "GridSearchCV", alias: "GS" },
      { module: "x", name: "*", alias: "*" },
    ]);
  });

  it("reads dotted calls, method calls on results and attribute reads", () => {
    const facts = extractFacts(
      'df = pd.read_csv("a.csv")\nhousing["x"].value_counts().plot(kind="bar")\nimputer.statistics_\n"-".join(parts)',
    );
    expect(facts.calls).toEqual(["pd.read_csv", "housing….value_counts", "housing….plot", "….join"]);
    expect(facts.methodCalls).toEqual(["read_csv", "value_counts", "plot", "join"]);
    expect(facts.attributes).toEqual(["imputer.statistics_"]);
  });

  it("is not fooled by comments, strings and names containing keywords", () => {
    const facts = extractFacts(
      '# model.fit(X)\ns = "docker build ."\nmy_docker_notes = fit_transform_count\nprint(f"{n} rows")',
    );
    expect(facts.calls).toEqual(["print"]);
    expect(facts.shellCommands).toEqual([]);
    expect(facts.assignments).toEqual(["s", "my_docker_notes"]);
  });

  it("reads assignment targets: tuples, attributes, subscripts", () => {
    const facts = extractFacts(
      '(X_train, y_train), (X_test, y_test) = load()\nmodel.embedding.weight = w\ndf["ratio"] = df.a / df.b\ntotal += 1',
    );
    expect(facts.assignments).toEqual([
      "X_train",
      "y_train",
      "X_test",
      "y_test",
      "model.embedding.weight",
      "df[…]",
      "total",
    ]);
  });

  it("reads magics, shell commands and written files", () => {
    expect(extractFacts("%matplotlib inline\n!pip install x\nfiles = !ls").magics).toEqual(["%matplotlib inline"]);
    expect(extractFacts("%matplotlib inline\n!pip install x\nfiles = !ls").shellCommands).toEqual([
      "pip install x",
      "ls",
    ]);
    const written = extractFacts("%%writefile -a Dockerfile\nFROM python:3.11\n");
    expect(written.magics).toEqual(["%%writefile -a Dockerfile"]);
    expect(written.writtenFile).toEqual({ path: "Dockerfile", content: "FROM python:3.11\n" });
  });

  it("reads decorators, classes with bases, functions", () => {
    const facts = extractFacts(
      '@app.post("/predict")\nasync def predict(req):\n    return model.predict(req)\n\nclass Net(nn.Module, metaclass=M):\n    def forward(self, x):\n        return x',
    );
    expect(facts.decorators).toEqual(["app.post"]);
    expect(facts.classes).toEqual([{ name: "Net", bases: ["nn.Module"] }]);
    expect(facts.functions).toEqual(["predict", "forward"]);
  });

  it("lists bare expressions and counts code lines", () => {
    const facts = extractFacts("df = load()\n\n# look\ndf.head()\ndf.shape\n");
    expect(facts.bareExpressions).toEqual(["df.head()", "df.shape"]);
    expect(facts.codeLines).toBe(3);
  });
});

describe("parseStatements", () => {
  it("nests bodies under their headers, inline bodies too", () => {
    const { statements } = parseStatements("for x in xs: a(x); b(x)\nif ok:\n    c()\nelse:\n    d()\ne()");
    expect(statements.map((s) => (s.kind === "control" ? s.keyword : s.calls[0]?.root))).toEqual([
      "for",
      "if",
      "else",
      "e",
    ]);
    expect(statements[0]?.body.map((s) => s.calls[0]?.root)).toEqual(["a", "b"]);
    expect(walk(statements)).toHaveLength(8);
  });

  it("attaches decorators to their def and records loop targets", () => {
    const { statements } = parseStatements(
      "@tf.function\ndef step():\n    pass\nfor epoch, (x, y) in enumerate(data):\n    pass",
    );
    expect(statements[0]?.decorators).toHaveLength(1);
    expect(statements[1]?.targets.map((t) => t.root)).toEqual(["epoch", "x", "y"]);
  });

  it("describes assigned values", () => {
    const [constant, filtered, derived] = parseStatements(
      'SEED = 42\ndf2 = df[df.age > 0]\ndf["r"] = df.a / df.b',
    ).statements;
    expect(constant).toMatchObject({ kind: "assign", literal: true });
    expect(filtered).toMatchObject({ subscript: true, comparison: true, literal: false });
    expect(derived).toMatchObject({ arithmetic: true });
    expect(parseStatements('x = ["a", "b"]').statements[0]).toMatchObject({ literal: true, subscript: false });
  });
});
