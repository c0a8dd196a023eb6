// `npm run user -- add <username> --role ROLE [--password P]` and `npm run user -- passwd <username> [--password P]`.
// Without --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { loadConfig } from "../graph/config.js";
import { ROLES } from "../graph/schema.js";
import { connectForCli } from "../importers/connect.js";
import { createUser, findUser, setPassword } from "../api/src/auth/users.service.js";
import type { Role } from "../api/src/auth/roles.js";

const USAGE = `Usage:
  npm run user -- add <username> --role ${ROLES.join("|")} [--password <password>]
  npm run user -- passwd <username> [--password <password>]
  npm run user -- list`;

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { role: { type: "string" }, password: { type: "string" }, help: { type: "boolean", short: "h" } },
});
const [command, username] = positionals;
if (values.help || !command) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const db = await connectForCli(loadConfig(), (s) => console.error(`[user] ${s}`));
let code = 0;
try {
  const password = values.password ?? randomBytes(12).toString("base64url");
  if (command === "add" && username) {
    const role = (values.role ?? "").toUpperCase() as Role;
    if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
    await createUser(db.gateway, username, password, role, "cli");
    console.log(`created ${username} (${role})${values.password ? "" : ` with password ${password}`}`);
  } else if (command === "passwd" && username) {
    if (!(await findUser(db.gateway, username))) throw new Error(`no user named ${username}`);
    await setPassword(db.gateway, username, password);
    console.log(`changed the password of ${username}${values.password ? "" : ` to ${password}`}`);
  } else if (command === "list") {
    const users = await db.gateway.query<{ username: string; role: string }>("MATCH (u:User) RETURN u.username AS username, u.role AS role ORDER BY username");
    for (const u of users) console.log(`${u.username}\t${u.role}`);
  } else {
    console.error(USAGE);
    code = 2;
  }
} catch (err) {
  console.error(`user: ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
