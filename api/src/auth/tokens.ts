// Signed, expiring bearer tokens (JWT, HS256, via jose).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { AriadneError } from "../../../graph/errors.js";
import type { Role } from "./roles.js";

export const TOKEN_TTL_SECONDS = 8 * 60 * 60; // one working shift
const ISSUER = "ariadne";

export interface TokenClaims {
  username: string;
  role: Role;
}

// Verified claims are remembered per token until shortly before it expires, which spares a signature check
// on every request. Only verification is cached: users and roles are still read from the database.
const VERIFIED_MAX = 10_000;
const VERIFIED_MARGIN_MS = 30_000;

export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, { claims: TokenClaims; until: number }>();

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  /** ARIADNE_TOKEN_SECRET when set (share it between API instances), else one kept in the data dir. */
  static fromConfig(secret: string | undefined, dataDir: string): TokenService {
    if (secret) return new TokenService(secret);
    const file = path.join(dataDir, "token-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    return new TokenService(fs.readFileSync(file, "utf8").trim());
  }

  async sign(claims: TokenClaims, ttlSeconds = TOKEN_TTL_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ role: claims.role })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.username)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.key);
    return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
  }

  async verify(token: string): Promise<TokenClaims> {
    const hit = this.verified.get(token);
    if (hit && hit.until > Date.now()) return hit.claims;
    if (hit) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ["HS256"] });
      if (typeof payload.sub !== "string" || typeof payload.role !== "string") throw new Error("incomplete token");
      const claims = { username: payload.sub, role: payload.role as Role };
      const until = typeof payload.exp === "number" ? payload.exp * 1000 - VERIFIED_MARGIN_MS : 0;
      if (until > Date.now()) {
        if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { claims, until });
      }
      return claims;
    } catch (err) {
      const expired = err instanceof joseErrors.JWTExpired;
      throw new AriadneError("UNAUTHENTICATED", expired ? "Your session has expired; log in again." : "Invalid token; log in again.");
    }
  }
}
