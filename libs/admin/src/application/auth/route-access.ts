import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access.decorators';

export interface RouteAccess {
  controller: string;
  handler: string;
  method: string;
  path: string;
  rule: AccessRule['kind'] | null;
}

/**
 * Every route handler of every controller of the app with its declared access rule. The app needs
 * `DiscoveryModule` (from `@nestjs/core`) among its imports.
 */
export function listRouteAccess(app: INestApplication): RouteAccess[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteAccess[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
    if (!type) continue;
    const prototype = type.prototype as Record<string, unknown>;
    const base = (Reflect.getMetadata(PATH_METADATA, type) as string | string[] | undefined) ?? '';
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (path === undefined) continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, type]);
      routes.push({
        controller: type.name,
        handler: name,
        method: RequestMethod[method ?? RequestMethod.GET],
        path: `/${[base, path].flat().join('/')}`.replace(/\/+/g, '/'),
        rule: rule?.kind ?? null,
      });
    }
  }
  return routes;
}

/** The routes a request could reach without any declared access rule: must be empty. */
export function findUnguardedRoutes(app: INestApplication): RouteAccess[] {
  return listRouteAccess(app).filter((route) => route.rule === null);
}
