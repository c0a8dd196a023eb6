// One HTTP server on one port: GraphQL at /graphql (Apollo Server over node:http), the web app at /.
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Gateway } from "../../graph/gateway.js";
import { log } from "../../graph/log.js";
import type { Context, CurrentUser, ServiceInfo } from "./context.js";
import { TokenService } from "./auth/tokens.js";
import { findUser } from "./auth/users.service.js";
import { auditPlugin, authenticationPlugin, limitsPlugin } from "./plugins.js";
import { AriadneError } from "../../graph/errors.js";
import { formatError } from "./errors.js";
import { ariadneSchema } from "./schema.js";

const MAX_BODY_BYTES = 1_000_000;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

export interface AriadneServer {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  gateway: Gateway;
  info: ServiceInfo;
  /** Built web app (web/dist); when missing, / explains how to build it. */
  webDir: string;
  tokens: TokenService;
  port: number;
  host?: string;
}

class BodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: http.ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function serveStatic(webDir: string, urlPath: string, res: http.ServerResponse): void {
  const index = path.join(webDir, "index.html");
  if (!fs.existsSync(index)) {
    send(res, 503, "The web app is not built yet: run `npm run build:web` (npm start does it for you).");
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    send(res, 400, "Bad path");
    return;
  }
  const file = path.resolve(webDir, `.${path.posix.normalize(decoded)}`);
  const inside = file.startsWith(webDir + path.sep);
  const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.extname(decoded) ? null : index;
  if (!target) {
    send(res, 404, "Not found");
    return;
  }
  const hashed = target.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[path.extname(target)] ?? "application/octet-stream",
    "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
  });
  fs.createReadStream(target).pipe(res);
}

// Roles are read from the database (not trusted from the token) and cached briefly, so a changed or
// removed user loses rights within a minute.
const userCache = new Map<string, { user: CurrentUser | null; until: number }>();
const USER_CACHE_MS = 30_000;

export async function requestContext(
  options: Pick<ServerOptions, "gateway" | "info" | "tokens">,
  authorization: string | undefined,
): Promise<Context & { authError?: string }> {
  const base = { gateway: options.gateway, info: options.info, tokens: options.tokens, requestId: randomUUID(), user: null };
  if (!authorization) return base;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) return { ...base, authError: "The Authorization header must be `Bearer <token>`." };
  try {
    const claims = await options.tokens.verify(match[1]!);
    const cached = userCache.get(claims.username);
    let user = cached && cached.until > Date.now() ? cached.user : undefined;
    if (user === undefined) {
      const stored = await findUser(options.gateway, claims.username);
      user = stored ? { username: stored.username, role: stored.role } : null;
      userCache.set(claims.username, { user, until: Date.now() + USER_CACHE_MS });
    }
    return user ? { ...base, user } : { ...base, authError: "This user no longer exists." };
  } catch (err) {
    if (err instanceof AriadneError && err.code === "UNAUTHENTICATED") return { ...base, authError: err.message };
    throw err;
  }
}

export async function startServer(options: ServerOptions): Promise<AriadneServer> {
  const apollo = new ApolloServer<Context>({
    schema: await ariadneSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention: only JSON POSTs or requests with a preflight-forcing header execute.
    csrfPrevention: true,
    // start.ts owns signal handling: it stops the server, then the database, in that order.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), authenticationPlugin(), limitsPlugin(), auditPlugin()],
  });
  await apollo.start();
  const webDir = path.resolve(options.webDir);

  const server = http.createServer((req, res) => {
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    res.setHeader("x-frame-options", "DENY");
    const url = new URL(req.url ?? "/", "http://localhost");
    void (async () => {
      if (url.pathname === "/graphql") {
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
        }
        let body: unknown = undefined;
        if (req.method === "POST") {
          const raw = await readBody(req);
          const type = headers.get("content-type") ?? "";
          if (type.includes("application/json")) {
            try {
              body = raw ? JSON.parse(raw) : {};
            } catch {
              send(res, 400, JSON.stringify({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }), "application/json");
              return;
            }
          } else {
            body = raw;
          }
        }
        const request: HTTPGraphQLRequest = { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body };
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: request,
          context: () => requestContext(options, headers.get("authorization")),
        });
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === "complete") {
          res.end(response.body.string);
        } else {
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        }
        return;
      }
      if (url.pathname === "/healthz") {
        send(res, 200, "ok");
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        send(res, 405, "Method not allowed");
        return;
      }
      serveStatic(webDir, url.pathname, res);
    })().catch((err: unknown) => {
      if (err instanceof BodyTooLarge) {
        send(res, 413, "Request body too large");
        return;
      }
      log.error({ err }, "request failed");
      if (!res.headersSent) send(res, 500, "Internal error");
      else res.end();
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(err.code === "EADDRINUSE" ? new Error(`Port ${options.port} is in use; set PORT to another port.`) : err),
    );
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    server,
    apollo,
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
