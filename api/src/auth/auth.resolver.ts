import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { RoleEnum, type Role } from "./roles.js";
import { AuthPayload, User } from "./user.type.js";
import { authenticate, createUser } from "./users.service.js";

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Exchanges a username and password for a bearer token (valid for one 8-hour shift)." })
  async login(@Arg("username", () => String) username: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const user = await authenticate(ctx.gateway, username, password);
    const { token, expiresAt } = await ctx.tokens.sign({ username: user.username, role: user.role });
    ctx.user = { username: user.username, role: user.role }; // so the audit event names who logged in
    return { token, expiresAt: expiresAt.toISOString(), user: { username: user.username, role: user.role, createdAt: user.createdAt } };
  }

  @Authorized()
  @Query(() => User, { description: "The logged-in user" })
  me(@Ctx() ctx: Context): User {
    return { username: ctx.user!.username, role: ctx.user!.role };
  }

  @Authorized(RoleEnum.ADMIN)
  @Mutation(() => User, { description: "Creates a user (ADMIN). Passwords need at least 10 characters." })
  async createUser(
    @Arg("username", () => String) username: string,
    @Arg("password", () => String) password: string,
    @Arg("role", () => RoleEnum) role: Role,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const user = await createUser(ctx.gateway, username, password, role, ctx.user!.username);
    return { username: user.username, role: user.role, createdAt: user.createdAt };
  }
}
