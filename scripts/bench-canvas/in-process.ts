// The in-process save benchmarks' start (bench:save-path, bench:save-cpu): a migrated database
// (DATABASE_URL, else a fresh one, dropped at the end) and a signed-up user with a team and an
// empty project, made through the data-access layer. Server modules are imported only after
// DATABASE_URL is set, since the database client reads it when first used.

import { prepareDatabase as createDatabase } from "./database";

export async function inProcessProject(projectName: string) {
  const database = await createDatabase();
  process.env.DATABASE_URL = database.url;
  const { prepareDatabase } = await import("../../lib/db/prepare");
  await prepareDatabase({ connectionString: database.url });
  const { getAuth } = await import("../../lib/server/auth");
  const { createTeam } = await import("../../lib/server/teams");
  const { createProject } = await import("../../lib/server/projects");
  const signedUp = await getAuth().api.signUpEmail({
    body: { name: "Bench", email: `bench-${Date.now()}@example.com`, password: "correct-horse-42" },
  });
  const user = { id: signedUp.user.id, name: signedUp.user.name, email: signedUp.user.email };
  const team = await createTeam(user, { name: "Bench team" });
  const project = await createProject(user, team.id, { name: projectName });
  return { database, user, project };
}
