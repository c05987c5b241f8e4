import { describe, expect, it } from "vitest";
import { categoryOf, lastOf } from "@/test/notebook-cells";

// What the classifier knows of ML pipeline components and of the monitoring and serving
// around a model: TFX's standard components and libraries, a model monitor's records,
// drift detectors, Ray Serve classes and requests to a local model server, models loaded
// back from files, images shown. Each rule is general code knowledge; the cells are written
// for the test.

const TFX =
  "from tfx import v1 as tfx\nfrom tfx.orchestration.experimental.interactive.interactive_context import InteractiveContext";

describe("classifyNotebook: TFX components", () => {
  it("reads each standard component as its stage, through the v1 API and the older module paths", () => {
    const context = "context = InteractiveContext(pipeline_root='pipeline')";
    expect(lastOf(TFX, context)).toBe("setup");
    const ingest = "gen = tfx.components.CsvExampleGen(input_base='data')\ncontext.run(gen)";
    expect(lastOf(TFX, context, ingest)).toBe("data_ingestion");
    const stats = "stats = tfx.components.StatisticsGen(examples=gen.outputs['examples'])\ncontext.run(stats)";
    expect(lastOf(TFX, context, ingest, stats)).toBe("data_exploration");
    const schema = "schema = tfx.components.SchemaGen(statistics=stats.outputs['statistics'])\ncontext.run(schema)";
    const validate =
      "validator = tfx.components.ExampleValidator(statistics=stats.outputs['statistics'], schema=schema.outputs['schema'])\ncontext.run(validator)";
    expect(lastOf(TFX, context, ingest, stats, schema, validate)).toBe("testing");
    const transform =
      "transform = tfx.components.Transform(examples=gen.outputs['examples'], schema=schema.outputs['schema'], module_file='prep.py')\ncontext.run(transform)";
    expect(lastOf(TFX, context, ingest, stats, schema, transform)).toBe("data_preparation");
    const train =
      "trainer = tfx.components.Trainer(module_file='model.py', examples=transform.outputs['transformed_examples'], schema=schema.outputs['schema'], train_args=tfx.proto.TrainArgs(num_steps=100))\ncontext.run(trainer)";
    expect(lastOf(TFX, context, ingest, stats, schema, transform, train)).toBe("model_training");
    const evaluate =
      "evaluator = tfx.components.Evaluator(examples=gen.outputs['examples'], model=trainer.outputs['model'])\ncontext.run(evaluator)";
    expect(lastOf(TFX, context, ingest, stats, schema, transform, train, evaluate)).toBe("model_evaluation");
    expect(
      categoryOf(
        "from tfx.components import Pusher\nfrom tfx.proto import pusher_pb2\npusher = Pusher(model=trainer.outputs['model'], push_destination=pusher_pb2.PushDestination(filesystem=pusher_pb2.PushDestination.Filesystem(base_directory='serving')))",
      ),
    ).toBe("deployment");
  });
  it("reads TF Model Analysis and TF Data Validation calls as evaluation, exploration and testing", () => {
    expect(
      categoryOf(
        "import tensorflow_model_analysis as tfma\neval_config = tfma.EvalConfig(model_specs=[tfma.ModelSpec(label_key='label', signature_name='serving_default')], metrics_specs=[tfma.MetricsSpec(metrics=[tfma.MetricConfig(class_name='AUC')])])",
      ),
    ).toBe("model_evaluation");
    expect(
      categoryOf(
        "import tensorflow_data_validation as tfdv\nstats = tfdv.generate_statistics_from_csv('train.csv')\ntfdv.visualize_statistics(stats)",
      ),
    ).toBe("data_exploration");
    expect(
      lastOf(
        "import tensorflow_data_validation as tfdv\nschema = tfdv.infer_schema(train_stats)",
        "anomalies = tfdv.validate_statistics(statistics=eval_stats, schema=schema)\ntfdv.display_anomalies(anomalies)",
      ),
    ).toBe("testing");
  });
  it("reads a module file by the entry point its component calls, not by its serving signature", () => {
    const trainerModule =
      "%%writefile trainer_module.py\nimport tensorflow as tf\n\ndef _serving_signature(model, tf_transform_output):\n    @tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.string, name='examples')])\n    def serve_tf_examples_fn(serialized):\n        return model(tf_transform_output.transform_features_layer()(serialized))\n    return serve_tf_examples_fn\n\ndef run_fn(fn_args):\n    model = build_model()\n    model.fit(train_dataset, epochs=fn_args.custom_config['epochs'])\n    signatures = {'serving_default': _serving_signature(model, tf_transform_output)}\n    model.save(fn_args.serving_model_dir, signatures=signatures)";
    expect(categoryOf(trainerModule)).toBe("model_training");
    expect(
      categoryOf(
        "%%writefile {_transform_module_file}\nimport tensorflow_transform as tft\n\ndef preprocessing_fn(inputs):\n    return {'age_xf': tft.scale_to_z_score(inputs['age'])}",
      ),
    ).toBe("data_preparation");
  });
});

describe("classifyNotebook: data pipelines into TFRecords and BigQuery", () => {
  it("reads tf.train.Example records as preparation, not as training", () => {
    expect(
      categoryOf(
        "import tensorflow as tf\ndef to_example(row):\n    feature = {k: tf.train.Feature(float_list=tf.train.FloatList(value=[v])) for k, v in row.items()}\n    return tf.train.Example(features=tf.train.Features(feature=feature))",
      ),
    ).toBe("data_preparation");
  });
  it("reads an Apache Beam source as ingestion", () => {
    expect(
      categoryOf(
        "import apache_beam as beam\nwith beam.Pipeline() as p:\n    rows = p | 'Read' >> beam.io.ReadFromBigQuery(query=QUERY, use_standard_sql=True)",
      ),
    ).toBe("data_ingestion");
  });
  it("reads bq queries written into a table and table exports as preparation", () => {
    expect(
      categoryOf(
        "!bq query --destination_table ds.train --replace --use_legacy_sql=false 'SELECT * FROM ds.raw WHERE MOD(ABS(FARM_FINGERPRINT(id)), 10) < 8'",
      ),
    ).toBe("data_preparation");
    expect(categoryOf("!bq extract --destination_format CSV ds.train $TRAIN_PATH")).toBe("data_preparation");
  });
  it("reads a per-group summary query whose result is only shown as exploration", () => {
    const summary =
      "SELECT origin, COUNT(*) AS flights, AVG(delay) AS mean_delay\nFROM airline.flights\nGROUP BY origin";
    expect(categoryOf(`%%bigquery\n${summary}`)).toBe("data_exploration");
    expect(categoryOf(`%%bigquery df\n${summary}`)).toBe("data_ingestion");
  });
  it("reads writing out a curated TFDV schema as export", () => {
    expect(
      lastOf(
        "import tensorflow_data_validation as tfdv\nschema = tfdv.infer_schema(stats)",
        "schema_path = os.path.join(SCHEMA_DIR, 'schema.pbtxt')\ntfdv.write_schema_text(schema, schema_path)",
      ),
    ).toBe("model_export");
  });
  it("reads a darts series built from arrays as preparation, and one read from a file as ingestion", () => {
    expect(
      categoryOf(
        "from darts import TimeSeries\nnoise = TimeSeries.from_times_and_values(series.time_index, np.random.randn(len(series)))",
      ),
    ).toBe("data_preparation");
    expect(categoryOf("from darts import TimeSeries\nseries = TimeSeries.from_csv('air.csv', time_col='Month')")).toBe(
      "data_ingestion",
    );
  });
});

describe("classifyNotebook: timed statements and printed scores", () => {
  const model =
    "import tensorflow as tf\nmodel = tf.keras.Sequential([tf.keras.layers.Dense(1)])\nmodel.compile(loss='mse')";
  it("reads the statement after %time as Python, so what it assigns is known to later cells", () => {
    const timed = "%time result = model.evaluate(test_ds, return_dict=True)";
    expect(lastOf(model, timed)).toBe("model_evaluation");
    expect(lastOf(model, timed, "result")).toBe("model_evaluation");
  });
  it("reads a printed message naming a metric as evaluation", () => {
    expect(lastOf(model, "print(f\"Test accuracy: {result['accuracy']:.3f}\")")).toBe("model_evaluation");
    expect(categoryOf('print("Number of rows:", len(rows))')).not.toBe("model_evaluation");
  });
});

describe("classifyNotebook: a model monitor's records", () => {
  const setup = "import boto3\nimport pandas as pd\ns3 = boto3.client('s3')";
  it("reads listing what the endpoint captured, and the monitor's violations report, as monitoring", () => {
    const captured =
      "capture_prefix = f'{prefix}/datacapture/{endpoint_name}'\ncapture_files = [o['Key'] for o in s3.list_objects(Bucket=bucket, Prefix=capture_prefix)['Contents']]\nprint(capture_files[-1])";
    expect(lastOf(setup, captured)).toBe("monitoring");
    expect(lastOf(setup, "pd.read_json(f'{report_uri}/constraint_violations.json')")).toBe("monitoring");
  });
  it("reads a command that lists or prints what an earlier step wrote as that step", () => {
    const job =
      "monitoring_job = sm.describe_processing_job(ProcessingJobName=name)\nmonitoring_output = monitoring_job['ProcessingOutputConfig']['Outputs'][0]['S3Output']['S3Uri']";
    expect(lastOf(setup, job, "!aws s3 ls $monitoring_output/")).toBe("monitoring");
    expect(lastOf(setup, job, "!aws s3 cp {monitoring_output}/statistics.json - | head")).toBe("monitoring");
  });
  it("reads a link shown for the reader as other, not as a look at the data", () => {
    expect(
      categoryOf(
        'from IPython.display import display, HTML\ndisplay(HTML(\'<b>Review the <a target="blank" href="https://console.aws.amazon.com/s3/buckets/{}">S3 bucket</a></b>\'.format(bucket)))',
      ),
    ).toBe("other");
  });
});

describe("classifyNotebook: drift detectors, Ray Serve, saved models, images", () => {
  it("reads a drift detector's predict on new data as monitoring, not evaluation", () => {
    const detector = "from alibi_detect.cd import KSDrift\ncd = KSDrift(x_ref, p_val=0.05)";
    expect(lastOf(detector, "preds = cd.predict(x_prod)\nprint(preds['data']['is_drift'])")).toBe("monitoring");
  });
  it("reads a Keras model's predict_classes on test data as evaluation", () => {
    const model =
      "from keras.models import Sequential\nfrom keras.layers import Dense\nclf = Sequential()\nclf.add(Dense(2, activation='softmax'))";
    expect(lastOf(model, "labels_pred = clf.predict_classes(test_features)")).toBe("model_evaluation");
  });
  it("reads a class under @serve.deployment as serving, and requests to the local server as serving", () => {
    expect(
      categoryOf(
        "from ray import serve\n\n@serve.deployment(num_replicas=2)\nclass Scorer:\n    def __init__(self):\n        self.model = load('model.pkl')\n    async def __call__(self, request):\n        return {'score': self.model.predict([await request.json()])[0]}",
      ),
    ).toBe("serving");
    expect(
      categoryOf(
        "import requests\nresponse = requests.get('http://localhost:8000/score', json=sample).json()\nprint(response)",
      ),
    ).toBe("serving");
  });
  it("reads a saved model loaded back into an empty object as export, not training", () => {
    expect(categoryOf("import xgboost as xgb\nbooster = xgb.Booster()\nbooster.load_model('best.json')")).toBe(
      "model_export",
    );
    const net = "from skorch import NeuralNetClassifier\nnet = NeuralNetClassifier(Module, max_epochs=5)";
    expect(lastOf(net, "net.initialize()\nnet.load_params(f_params='params.pkl')")).toBe("model_export");
  });
  it("reads an image opened and left to show as a look at the data", () => {
    const folder =
      "import pathlib\nimport PIL\ndata_dir = pathlib.Path('photos')\ncats = list(data_dir.glob('cats/*'))";
    expect(lastOf(folder, "PIL.Image.open(str(cats[0]))")).toBe("data_exploration");
  });
});
