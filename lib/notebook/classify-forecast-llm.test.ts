import { describe, expect, it } from "vitest";
import { categoryOf, cell } from "@/test/notebook-cells";
import { matchApi } from "./api-rules";
import { classifyNotebook } from "./classify-notebook";

// Forecasting libraries that take the whole frame (StatsForecast, sktime), LLM applications
// built with LangChain and scored with RAGAS, and a few idioms around them: display options
// before a table, `python --version`, custom losses, classes collected in a registry,
// residuals. General library knowledge; the cells are written for the test.

const rules = { model: null } as const;
const run = (...sources: string[]) =>
  classifyNotebook(
    sources.map((s, i) => cell(s, i)),
    rules,
  );

describe("classifyCell: forecasting libraries", () => {
  it("reads StatsForecast's models, fit, forecasts and cross-validation", () => {
    const out = run(
      "from statsforecast import StatsForecast\nfrom statsforecast.models import AutoETS",
      "sf = StatsForecast(models=[AutoETS(season_length=12)], freq='MS')",
      "sf.fit(df=train_df)",
      "fc = sf.forecast(df=train_df, h=12)",
      "cv = sf.cross_validation(df=train_df, h=12, n_windows=3)",
    );
    expect(out.map((c) => c.category)).toEqual([
      "setup",
      "model_training",
      "model_training",
      "model_evaluation",
      "model_evaluation",
    ]);
  });
  it("reads the class's plot of the input frame as exploration", () => {
    expect(categoryOf("from statsforecast import StatsForecast\nStatsForecast.plot(df)")).toBe("data_exploration");
  });
  it("reads utilsforecast metrics and sktime's parts", () => {
    expect(
      categoryOf(
        "from utilsforecast.evaluation import evaluate\nfrom utilsforecast.losses import mae\nevaluate(df, metrics=[mae])",
      ),
    ).toBe("model_evaluation");
    expect(
      categoryOf("from sktime.split import temporal_train_test_split\ny_train, y_test = temporal_train_test_split(y)"),
    ).toBe("data_preparation");
    expect(matchApi("sktime.forecasting.theta.ThetaForecaster")?.category).toBe("model_training");
    expect(matchApi("sktime.performance_metrics.forecasting.mean_absolute_percentage_error")?.category).toBe(
      "model_evaluation",
    );
  });
  it("reads seasonal decomposition and correlograms as exploration, not a model", () => {
    expect(
      categoryOf(
        "from statsmodels.tsa.seasonal import seasonal_decompose\nd = seasonal_decompose(df['y'], period=12)\nd.plot()",
      ),
    ).toBe("data_exploration");
  });
  it("reads a model's residuals as evaluation", () => {
    expect(categoryOf('resid = pd.DataFrame(fitted.get("residuals"), columns=["r"])')).toBe("model_evaluation");
  });
});

describe("classifyCell: LLM applications", () => {
  it("matches rules whose first segment is a wildcard (langchain, langchain_community …)", () => {
    expect(matchApi("langchain_community.embeddings.CohereEmbeddings")?.category).toBe("feature_engineering");
    expect(matchApi("langchain_core.prompts.ChatPromptTemplate")?.category).toBe("serving");
  });
  it("reads a LangChain tool, agent and its invocation as serving", () => {
    const out = run(
      "from langchain.agents import tool\n\n@tool\ndef search(query: str) -> str:\n    xq = embed.embed_query(query)\n    return index.query(vector=xq, top_k=5)",
      "from langchain.agents import AgentExecutor\nexecutor = AgentExecutor(agent=agent, tools=[search])",
      'executor.invoke({"input": "what is new?"})',
    );
    expect(out.map((c) => c.category)).toEqual(["serving", "serving", "serving"]);
  });
  it("reads RAGAS as evaluation", () => {
    expect(categoryOf("from ragas import evaluate\nresult = evaluate(dataset=data, metrics=[faithfulness])")).toBe(
      "model_evaluation",
    );
  });
  it("reads creating a vector index as preparation", () => {
    expect(categoryOf('pc.create_index("docs", dimension=1024, metric="dotproduct", spec=spec)')).toBe(
      "data_preparation",
    );
  });
});

describe("classifyCell: small idioms", () => {
  it("lets the table a cell shows outweigh a display option set for it", () => {
    const out = run(
      "from ragas import evaluate\nresult = evaluate(dataset=data, metrics=[faithfulness])",
      "x = 1",
      'pd.set_option("display.max_colwidth", 700)\nresult[["question", "answer", "faithfulness"]]',
    );
    expect(out[2]?.category).toBe("model_evaluation");
    expect(categoryOf('pd.set_option("display.max_colwidth", 700)')).toBe("setup");
  });
  it("reads `python --version` as set-up", () => {
    expect(categoryOf("!python --version")).toBe("setup");
  });
  it("reads a custom loss function as training, a plotted one as evaluation", () => {
    expect(categoryOf("def contrastive_loss(a, b, margin=1.0):\n    return ((a - b) ** 2).mean()")).toBe(
      "model_training",
    );
    expect(categoryOf("def plot_loss(history):\n    plt.plot(history['loss'])")).toBe("model_evaluation");
  });
  it("reads a function preprocessing the test split as preparation, not evaluation", () => {
    expect(
      categoryOf("def test_preprocess_function(examples):\n    return tokenizer(examples['text'], truncation=True)"),
    ).toBe("data_preparation");
    expect(categoryOf("def evaluate_model(model, X, y):\n    return model.score(X, y)")).toBe("model_evaluation");
  });
  it("reads classes collected by name as the stage that defined them", () => {
    const out = run(
      "class Block(nn.Module):\n    def forward(self, x):\n        return x",
      'blocks_by_name = {"Block": Block}',
    );
    expect(out[1]?.category).toBe("model_training");
  });
});
