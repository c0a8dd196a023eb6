import { randomBytes } from "node:crypto";
import { AriadneError, badInput } from "../../../graph/errors.js";
import type { Gateway } from "../../../graph/gateway.js";
import { identifier } from "../../../graph/propertyTypes.js";
import { ROLES } from "../../../graph/schema.js";
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from "./passwords.js";
import type { Role } from "./roles.js";

export interface StoredUser {
  username: string;
  role: Role;
  passwordHash: string;
  createdAt: string | null;
}

const userId = (username: string) => `user:${username}`;

export function checkUsername(username: string): string {
  const parsed = identifier.parse(username);
  if (!parsed.ok || !/^[a-zA-Z0-9._-]{2,64}$/.test(parsed.ok ? parsed.value : "")) {
    throw badInput("username", "use 2 to 64 letters, digits, dots, dashes or underscores");
  }
  return parsed.value;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput("password", `must be at least ${MIN_PASSWORD_LENGTH} characters`);
}

export async function findUser(gateway: Gateway, username: string): Promise<StoredUser | null> {
  const [row] = await gateway.query<StoredUser>(
    "MATCH (u:User {username: $username}) RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash, u.createdAt AS createdAt",
    { username },
    { app: "auth" },
  );
  return row ?? null;
}

export async function createUser(gateway: Gateway, username: string, password: string, role: Role, by: string): Promise<StoredUser> {
  const name = checkUsername(username);
  checkPassword(password);
  if (!ROLES.includes(role)) throw badInput("role", `must be one of ${ROLES.join(", ")}`);
  const passwordHash = await hashPassword(password);
  const [row] = await gateway.mutate<StoredUser & { created: boolean }>(
    `MERGE (u:User {username: $username})
     ON CREATE SET u.id = $id, u.role = $role, u.passwordHash = $hash, u.createdAt = datetime(), u.createdBy = $by, u._new = true
     WITH u, coalesce(u._new, false) AS created
     REMOVE u._new
     RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash, u.createdAt AS createdAt, created`,
    { username: name, id: userId(name), role, hash: passwordHash, by },
    { app: "auth:createUser", user: by },
  );
  if (!row?.created) throw new AriadneError("CONFLICT", `A user named ${name} already exists.`, { argumentName: "username" });
  return row;
}

export async function setPassword(gateway: Gateway, username: string, password: string): Promise<void> {
  checkPassword(password);
  await gateway.mutate("MATCH (u:User {username: $username}) SET u.passwordHash = $hash", { username, hash: await hashPassword(password) }, { app: "auth" });
}

/**
 * The `admin` user exists from the first start: its password is ARIADNE_ADMIN_PASSWORD, else generated and
 * returned once so the caller can print it. An existing admin is left alone.
 */
export async function ensureAdmin(gateway: Gateway, password?: string): Promise<{ created: boolean; generatedPassword?: string }> {
  if (await findUser(gateway, "admin")) return { created: false };
  const chosen = password ?? randomBytes(12).toString("base64url");
  await createUser(gateway, "admin", chosen, "ADMIN", "system");
  return password ? { created: true } : { created: true, generatedPassword: chosen };
}

// Failed logins slow down: after 5 failures for one username, further tries wait out a lockout.
const failures = new Map<string, { count: number; until: number }>();

export async function authenticate(gateway: Gateway, username: string, password: string): Promise<StoredUser> {
  const record = failures.get(username);
  if (record && record.until > Date.now()) {
    throw new AriadneError("UNAUTHENTICATED", "Too many failed logins; wait a minute and try again.");
  }
  const user = await findUser(gateway, username);
  // Hash even for unknown users so response time does not reveal which usernames exist.
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await hashPassword(password), false);
  if (!user || !ok) {
    const count = (record?.count ?? 0) + 1;
    failures.set(username, { count, until: count >= 5 ? Date.now() + 60_000 : 0 });
    throw new AriadneError("UNAUTHENTICATED", "Wrong username or password.");
  }
  failures.delete(username);
  return user;
}
