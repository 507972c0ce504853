import {
  authorise,
  permissionsOf,
  scopeFor,
  type Permission,
  type RoleGrant,
} from '../../domain/access/roles';
import type { UnitTree } from '../../domain/org-unit/org-unit';

export interface AuthenticatedUser {
  userId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
}

/**
 * What a handler knows about the caller. Lists use `scopeFor` / `canAccess` / `unitsInScope` to
 * return only what lies inside the caller's units: a filtered list, not a 403.
 */
export class AccessContext {
  constructor(
    readonly user: AuthenticatedUser,
    readonly grants: readonly RoleGrant[],
    readonly tree: UnitTree,
    /** ISO date the tree is judged on (today in Vietnam). */
    readonly today: string,
  ) {}

  /** Every permission the user holds on some unit. */
  permissions(): Permission[] {
    return [...new Set(this.grants.flatMap((g) => permissionsOf(g.role)))].sort();
  }

  /** Roots of the subtrees on which the user holds `permission`. */
  scopeFor(permission: Permission): string[] {
    return scopeFor(this.grants, permission);
  }

  /** May the user do `permission` on something of `unitCode` (by the tree valid on `date`)? */
  canAccess(permission: Permission, unitCode: string, date: string = this.today): boolean {
    return authorise(this.grants, permission, unitCode, this.tree, date);
  }

  /** Every unit code (valid on `date`) inside the user's scope for `permission`: for SQL `in (...)`. */
  unitsInScope(permission: Permission, date: string = this.today): string[] {
    const codes = new Set<string>();
    for (const root of this.scopeFor(permission)) {
      for (const unit of this.tree.subtree(root, date)) codes.add(unit.code);
    }
    return [...codes];
  }

  /** Keeps the items whose unit is inside the scope. */
  filter<T>(permission: Permission, items: readonly T[], unitOf: (item: T) => string): T[] {
    return items.filter((item) => this.canAccess(permission, unitOf(item)));
  }
}
