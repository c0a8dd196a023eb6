import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";
import { RoleEnum, type Role } from "./roles.js";

@ObjectType({ description: "A person using Ariadne" })
export class User {
  @Field(() => String)
  username!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt?: string | null;
}

@ObjectType({ description: "The result of logging in: a bearer token for the Authorization header" })
export class AuthPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`" })
  token!: string;

  @Field(() => DateTimeScalar, { description: "When the token stops working" })
  expiresAt!: string;

  @Field(() => User)
  user!: User;
}
