// The public models the questions and levels are grounded in; our questions are in our own words.
const MODELS = [
  {
    name: "Google Cloud — MLOps: Continuous delivery and automation pipelines in machine learning",
    url: "https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning",
    use: "the overall level 0–2",
  },
  {
    name: "Microsoft — Machine Learning operations maturity model",
    url: "https://learn.microsoft.com/azure/architecture/ai-ml/guide/mlops-maturity-model",
    use: "the level 0–4 per dimension",
  },
  {
    name: "AWS — MLOps foundation roadmap for enterprises with Amazon SageMaker",
    url: "https://aws.amazon.com/blogs/machine-learning/mlops-foundation-roadmap-for-enterprises-with-amazon-sagemaker/",
    use: "the phases from initial to scalable",
  },
  {
    name: "Marvelous MLOps — MLOps maturity assessment",
    url: "https://github.com/marvelousmlops/mlops_maturity_assessment",
    use: "concrete statements that become next steps",
  },
  {
    name: "ml-ops.org — MLOps Stack Canvas",
    url: "https://ml-ops.org/content/mlops-stack-canvas",
    use: "the components the practices point at",
  },
] as const;

export function ModelCitations() {
  return (
    <section aria-labelledby="citations-title" className="rounded-xl border p-4 text-sm">
      <h2 id="citations-title" className="font-semibold">
        Based on public maturity models
      </h2>
      <ul className="mt-2 grid gap-1.5">
        {MODELS.map((m) => (
          <li key={m.url}>
            <a
              href={m.url}
              target="_blank"
              rel="noreferrer"
              className="text-primary underline-offset-4 hover:underline"
            >
              {m.name}
            </a>
            <span className="text-muted-foreground"> — {m.use}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
