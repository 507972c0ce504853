/**
 * Deny by default: the global {@link AuthorisationGuard} refuses every route that declares none of
 * `@Public()`, `@Authenticated()` or `@RequirePermission(...)`.
 */
import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import type { Permission } from '../../domain/access/roles';
import type { AccessContext } from './access-context';

export const ACCESS_RULE = 'vieclam:access-rule';

/** The request as a unit resolver sees it. */
export interface AccessRequest {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  body: unknown;
  access?: AccessContext;
}

/**
 * Finds the unit(s) the target of a request belongs to. Returning several units means the user
 * must be allowed on every one (e.g. disabling a user who holds grants in two villages). Return
 * `undefined` when the target is missing; throw a DomainError for a clearer answer (404).
 */
export type UnitResolver = (
  request: AccessRequest,
  moduleRef: ModuleRef,
) => string | readonly string[] | undefined | Promise<string | readonly string[] | undefined>;

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission; resolveUnit?: UnitResolver };

/** Open to anyone, logged in or not (login, health, the web UI). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user, whatever their roles (e.g. "who am I", change my password). */
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);

/**
 * The user must hold `permission` on the unit `resolveUnit` finds (judged by today's unit tree).
 * Without a resolver (lists), the user must hold it on some unit; the handler then filters by
 * {@link CurrentAccess}.
 */
export const RequirePermission = (permission: Permission, resolveUnit?: UnitResolver) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permission, resolveUnit } satisfies AccessRule);

const asCode = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The unit code is in the route parameter `name`. */
export const unitFromParam =
  (name: string): UnitResolver =>
  (request) =>
    asCode(request.params[name]);

/** The unit code is the body property `name` (e.g. `orgUnit`). */
export const unitFromBody =
  (name: string): UnitResolver =>
  (request) =>
    typeof request.body === 'object' && request.body !== null
      ? asCode((request.body as Record<string, unknown>)[name])
      : undefined;

/** The unit code is the query parameter `name`. */
export const unitFromQuery =
  (name: string): UnitResolver =>
  (request) =>
    asCode(request.query[name]);

/** The access of the logged-in user: grants, permissions, scope tests for filtering lists. */
export const CurrentAccess = createParamDecorator((_: unknown, context: ExecutionContext): AccessContext => {
  const request = context.switchToHttp().getRequest<AccessRequest>();
  if (!request.access) {
    throw new Error('CurrentAccess used on a route without @Authenticated or @RequirePermission');
  }
  return request.access;
});
