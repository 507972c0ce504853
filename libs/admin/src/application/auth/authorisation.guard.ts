import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '@vieclam/platform/command-handling';
import type { EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { OrgUnitDirectory } from '../../projections/org-units/org-unit-directory';
import { loadUser, todayInVietnam } from '../users/user-accounts';
import { AccessContext } from './access-context';
import { ACCESS_RULE, type AccessRequest, type AccessRule } from './access.decorators';

export interface AccessTokenPayload {
  sub: string;
  typ: 'access';
}

const notSignedIn = () =>
  DomainError.unauthenticated('unauthenticated', {
    vi: 'Vui lòng đăng nhập (thiếu mã truy cập, mã không hợp lệ hoặc đã hết hạn).',
    en: 'Please sign in (missing, invalid or expired access token).',
  });

export function bearerToken(headers: Record<string, unknown>): string | undefined {
  const header = headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * The global guard: every route must declare its access rule, and a rule naming a permission is
 * checked against the unit of the request's target with `authorise` (grants cover subtrees).
 */
@Injectable()
export class AuthorisationGuard implements CanActivate {
  private readonly logger = new Logger('AuthorisationGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly directory: OrgUnitDirectory,
    private readonly moduleRef: ModuleRef,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `Route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`,
      );
      throw DomainError.forbidden('route_not_guarded', {
        vi: 'Chức năng này chưa được phân quyền nên bị từ chối.',
        en: 'This route declares no access rule and is refused.',
      });
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AccessRequest & { headers: Record<string, unknown> }>();
    const access = await this.authenticate(request.headers);
    request.access = access;
    if (rule.kind === 'authenticated') return true;

    if (access.user.mustChangePassword) {
      throw DomainError.forbidden('password_change_required', {
        vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
        en: 'You must change your password before going on.',
      });
    }
    if (!rule.resolveUnit) {
      if (access.scopeFor(rule.permission).length === 0) throw this.forbidden(rule.permission);
      return true;
    }
    const resolved = await rule.resolveUnit(request, this.moduleRef);
    if (resolved === undefined || (Array.isArray(resolved) && resolved.length === 0)) {
      throw DomainError.invalid('target_unit_missing', {
        vi: 'Không xác định được đơn vị hành chính của đối tượng.',
        en: 'The administrative unit of the target could not be determined.',
      });
    }
    const units: readonly string[] = typeof resolved === 'string' ? [resolved] : resolved;
    for (const unit of units) {
      if (!access.canAccess(rule.permission, unit)) throw this.forbidden(rule.permission);
    }
    return true;
  }

  async authenticate(headers: Record<string, unknown>): Promise<AccessContext> {
    const token = bearerToken(headers);
    if (!token) throw notSignedIn();
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw notSignedIn();
    }
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') {
      throw notSignedIn();
    }
    const user = await loadUser(this.store, payload.sub);
    if (!user?.userId || user.disabled) throw notSignedIn();
    return new AccessContext(
      {
        userId: user.userId,
        username: user.username ?? '',
        displayName: user.displayName ?? '',
        mustChangePassword: user.mustChangePassword,
      },
      user.grants,
      this.directory.current(),
      todayInVietnam(),
    );
  }

  private forbidden(permission: string): DomainError {
    return DomainError.forbidden(
      'forbidden_unit',
      {
        vi: 'Bạn không có quyền với đơn vị hành chính này.',
        en: 'You have no right to this administrative unit.',
      },
      { details: { permission } },
    );
  }
}
