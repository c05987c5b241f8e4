import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/catalog";
import { makeNode } from "../pipeline/make-node";
import type { PipelineDiagram } from "../pipeline/types";
import type { MemberSkills } from "../teams/profile";
import { buildRadar, quadrantOf, type RadarInput } from "./radar";
import { BYOR_COLUMNS, radarCsv, radarFileName, radarJson } from "./radar-export";
import { RADAR_CATALOG } from "./radar-fixtures";
import { recommend } from "./recommend";

const base: RadarInput = { catalog: RADAR_CATALOG, members: [], chosen: [], gaps: [], preference: "none" };

const ringOf = (input: RadarInput, slug: string) => buildRadar(input).find((e) => e.slug === slug);

describe("buildRadar", () => {
  it("puts an expert's tool in Adopt, a tool known by some in Trial, a recommended unknown one in Assess", () => {
    const radar = buildRadar({
      ...base,
      members: [
        { name: "Ana", tools: [{ slug: "github-actions", familiarity: "expert" }] },
        { name: "Ben", tools: [{ slug: "docker", familiarity: "some" }] },
      ],
      gaps: [{ component: "model_api", tools: [{ slug: "fastapi" }] }],
    });
    expect(radar.map((e) => [e.slug, e.ring, e.quadrant, e.isNew])).toEqual([
      ["github-actions", "Adopt", "DEV", false],
      ["docker", "Trial", "DEV", false],
      ["fastapi", "Assess", "DEV", true],
    ]);
    expect(radar[0]!.description).toBe("Known by Ana (expert).");
    expect(radar[2]!.description).toBe("New to the team. Recommended for Model serving API.");
  });

  it("puts a tool chosen for the roadmap in Trial, in the quadrant of the component it was chosen for", () => {
    const entry = ringOf({ ...base, chosen: [{ toolSlug: "mlflow", componentId: "model_registry" }] }, "mlflow");
    expect(entry).toMatchObject({ ring: "Trial", quadrant: "ML", isNew: true });
    expect(entry!.description).toContain("Chosen for the roadmap for Model versioning and registry.");
  });

  it("skips choices without a tool and tools the catalog does not have", () => {
    const radar = buildRadar({
      ...base,
      chosen: [{ toolSlug: null, componentId: "testing" }],
      members: [{ name: "Ana", tools: [{ slug: "no-such-tool", familiarity: "expert" }] }],
    });
    expect(radar).toEqual([]);
  });

  it("holds a source-available tool when the team prefers open source, and assesses its open alternative", () => {
    const input: RadarInput = {
      ...base,
      preference: "open_source",
      members: [{ name: "Ana", tools: [{ slug: "terraform", familiarity: "expert" }] }],
    };
    const terraform = ringOf(input, "terraform");
    expect(terraform).toMatchObject({ ring: "Hold", quadrant: "PROD", isNew: false });
    expect(terraform!.description).toContain("BUSL-1.1 is source-available");
    expect(terraform!.description).toContain("OpenTofu is the open alternative");
    expect(ringOf(input, "opentofu")).toMatchObject({ ring: "Assess", isNew: true });
    expect(ringOf(input, "opentofu")!.description).toContain("Open alternative to Terraform.");
    // Without the preference the same expert knowledge is Adopt, and no alternative is added.
    expect(ringOf({ ...input, preference: "none" }, "terraform")!.ring).toBe("Adopt");
    expect(ringOf({ ...input, preference: "none" }, "opentofu")).toBeUndefined();
  });

  it("takes the top tool of the first gaps, and of the first gap of a quadrant the others left empty", () => {
    const gaps: RadarInput["gaps"] = [
      ...Array.from({ length: 8 }, () => ({ component: "model_api" as const, tools: [{ slug: "fastapi" }] })),
      { component: "containerization", tools: [{ slug: "docker" }] }, // DEV already covered: skipped
      { component: "data_versioning", tools: [{ slug: "dvc" }, { slug: "mlflow" }] }, // Data: first of it
      { component: "monitoring", tools: [{ slug: "grafana" }] }, // PROD: first of it
    ];
    expect(buildRadar({ ...base, gaps }).map((e) => e.slug)).toEqual(["fastapi", "grafana", "dvc"]);
  });

  it("orders entries by ring, quadrant and name, whatever the order of its input", () => {
    const members = [
      { name: "Ben", tools: [{ slug: "docker", familiarity: "some" as const }] },
      {
        name: "Ana",
        tools: [
          { slug: "dvc", familiarity: "expert" as const },
          { slug: "docker", familiarity: "expert" as const },
        ],
      },
    ];
    const a = buildRadar({ ...base, members });
    const b = buildRadar({ ...base, members: [...members].reverse(), catalog: [...RADAR_CATALOG].reverse() });
    expect(a).toEqual(b);
    expect(a.map((e) => e.slug)).toEqual(["docker", "dvc"]);
    expect(a[0]!.description).toBe("Known by Ana (expert), Ben (some).");
  });

  it("sorts the data components into the Data quadrant and the rest by phase", () => {
    expect(quadrantOf("feature_store")).toBe("Data");
    expect(quadrantOf("data_processing")).toBe("Data");
    expect(quadrantOf("notebooks")).toBe("ML");
    expect(quadrantOf("alerting")).toBe("PROD");
  });
});

describe("radar export", () => {
  const tricky = [
    {
      slug: "x",
      name: 'Tool, "quoted"',
      ring: "Trial" as const,
      quadrant: "DEV" as const,
      isNew: false,
      description: 'Known by O\'Brien, "Ana"\nand Ben.\r\nSecond line',
    },
    { slug: "y", name: "Plain", ring: "Assess" as const, quadrant: "Data" as const, isNew: true, description: "New." },
  ];

  it("writes the BYOR header and quotes commas, quotes and newlines, so the CSV parses back", () => {
    const csv = radarCsv(tricky);
    expect(csv.split("\r\n")[0]).toBe("name,ring,quadrant,isNew,description");
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...BYOR_COLUMNS]);
    expect(rows).toEqual([
      ['Tool, "quoted"', "Trial", "DEV", "FALSE", tricky[0]!.description],
      ["Plain", "Assess", "Data", "TRUE", "New."],
    ]);
    expect(csv).toContain('"Tool, ""quoted"""');
  });

  it("writes JSON as an array of the same objects, isNew as BYOR's text", () => {
    expect(JSON.parse(radarJson(tricky))).toEqual([
      { name: 'Tool, "quoted"', ring: "Trial", quadrant: "DEV", isNew: "FALSE", description: tricky[0]!.description },
      { name: "Plain", ring: "Assess", quadrant: "Data", isNew: "TRUE", description: "New." },
    ]);
  });

  it("writes an empty radar as the header alone", () => {
    expect(radarCsv([])).toBe("name,ring,quadrant,isNew,description\r\n");
    expect(JSON.parse(radarJson([]))).toEqual([]);
  });

  it("names the file after the project and the date", () => {
    const date = new Date("2026-12-02T10:00:00Z");
    expect(radarFileName("Churn Modèl / v2", date, "csv")).toBe("radar-churn-model-v2-2026-12-02.csv");
    expect(radarFileName("…", date, "json")).toBe("radar-project-2026-12-02.json");
  });
});

/** An RFC 4180 reader written independently of the writer: a quoted field may hold anything. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\r" && text[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

describe("buildRadar over the real catalog and engine", () => {
  const notebookOnly: PipelineDiagram = {
    version: 1,
    viewport: { x: 0, y: 0, zoom: 1 },
    nodes: [
      makeNode({
        id: "nb",
        kind: "component",
        title: "Notebook",
        category: "notebooks",
        phase: "ML",
        stage: "EXPERIMENTAL",
      }),
    ],
    edges: [],
  };
  const skills = (tools: MemberSkills["tools"]): MemberSkills => ({ tools, languages: ["python"], note: "" });

  it("fills all four quadrants for a notebook-only team, as build-your-own-radar requires", () => {
    const recs = recommend({ diagram: notebookOnly, assessment: null, profile: null, members: [], catalog: CATALOG });
    const radar = buildRadar({ catalog: CATALOG, members: [], chosen: [], gaps: recs.gaps, preference: null });
    expect(new Set(radar.map((e) => e.quadrant))).toEqual(new Set(["ML", "DEV", "PROD", "Data"]));
    expect(radar.every((e) => e.ring === "Assess" && e.isNew)).toBe(true);
  });

  it("holds Terraform for an open-source team that knows it, and assesses OpenTofu", () => {
    const members = [
      {
        membershipId: "m1",
        name: "Ana",
        skills: skills([{ slug: "terraform", familiarity: "expert" }]),
        openWorkload: 0,
      },
    ];
    const profile = { languages: ["python" as const], clouds: [], preference: "open_source" as const };
    const recs = recommend({ diagram: notebookOnly, assessment: null, profile, members, catalog: CATALOG });
    const radar = buildRadar({
      catalog: CATALOG,
      members: members.map((m) => ({ name: m.name, tools: m.skills.tools })),
      chosen: [],
      gaps: recs.gaps,
      preference: "open_source",
    });
    expect(radar.find((e) => e.slug === "terraform")).toMatchObject({ ring: "Hold", quadrant: "PROD" });
    expect(radar.find((e) => e.slug === "terraform")!.description).toContain("OpenTofu is the open alternative");
    expect(radar.find((e) => e.slug === "opentofu")?.ring).toBe("Assess");
  });
});
