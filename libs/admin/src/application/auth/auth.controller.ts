import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ROLE_LABELS } from '../../domain/access/roles';
import type { AccessContext } from './access-context';
import { Authenticated, CurrentAccess, Public } from './access.decorators';
import { bearerToken } from './authorisation.guard';
import { AuthService, type IssuedTokens } from './auth.service';
import { ChangePasswordRequest, LoginRequest, RefreshRequest } from './auth.dto';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './auth-options';

interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  mustChangePassword: boolean;
  /** Only for API clients that asked for it (`refreshTokenInBody`, or a refresh sent in the body). */
  refreshToken?: string;
}

/**
 * Login and sessions. The web UI keeps the refresh token in an httpOnly, SameSite=Strict cookie
 * scoped to `/api/auth`; API clients ask for it in the body (`refreshTokenInBody: true` at login)
 * and send it back in the body or as `Authorization: Bearer` to `/refresh` and `/logout`.
 */
@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Đăng nhập / Sign in (access token; refresh token in an httpOnly cookie or the body)',
    security: [],
  })
  async login(
    @Body() body: LoginRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    const tokens = await this.auth.login(body.username, body.password);
    return this.answer(request, response, tokens, body.refreshTokenInBody === true);
  }

  // Not limited per address: the refresh token is a secret that rotates on every use, and a
  // commune office behind one address renews a session at every page load of every tab.
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @SkipThrottle({ auth: true })
  @ApiOperation({
    summary: 'Gia hạn phiên (đổi refresh token) / Renew the session (rotates the refresh token)',
    security: [],
  })
  async refresh(
    @Body() body: RefreshRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    const fromClient = body.refreshToken ?? bearerToken(request.headers);
    const token = fromClient ?? cookieOf(request);
    const tokens = await this.auth.refresh(token ?? '');
    return this.answer(request, response, tokens, fromClient !== undefined);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @SkipThrottle({ auth: true })
  @ApiOperation({ summary: 'Đăng xuất (kết thúc phiên) / Sign out (ends the session)', security: [] })
  async logout(
    @Body() body: RefreshRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(body.refreshToken ?? cookieOf(request) ?? bearerToken(request.headers));
    response.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
  }

  @Post('password')
  @HttpCode(200)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Đổi mật khẩu của mình / Change your own password (ends other sessions)' })
  async changePassword(
    @Body() body: ChangePasswordRequest,
    @CurrentAccess() access: AccessContext,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    const tokens = await this.auth.changePassword(access.user.userId, body.currentPassword, body.newPassword);
    return this.answer(request, response, tokens, false);
  }

  // Signed in already (bearer token): nothing to guess, and every page load asks it.
  @Get('me')
  @Authenticated()
  @SkipThrottle({ auth: true })
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Tài khoản của tôi: vai trò, đơn vị, quyền / My account: roles, units, permissions',
  })
  me(@CurrentAccess() access: AccessContext) {
    return {
      user: access.user,
      grants: access.grants.map((g) => ({
        ...g,
        roleLabel: ROLE_LABELS[g.role],
        unitName:
          access.tree.at(g.unitCode, access.today)?.name ?? access.tree.latest(g.unitCode)?.name ?? null,
      })),
      permissions: access.permissions(),
    };
  }

  private answer(request: Request, response: Response, tokens: IssuedTokens, inBody: boolean): TokenResponse {
    response.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      path: REFRESH_COOKIE_PATH,
      expires: new Date(tokens.refreshExpiresAt),
    });
    response.setHeader('Cache-Control', 'no-store');
    const body: TokenResponse = {
      accessToken: tokens.accessToken,
      tokenType: tokens.tokenType,
      expiresIn: tokens.expiresIn,
      mustChangePassword: tokens.mustChangePassword,
    };
    if (inBody) body.refreshToken = tokens.refreshToken;
    return body;
  }
}

function cookieOf(request: Request): string | undefined {
  const cookies = (request as Request & { cookies?: Record<string, unknown> }).cookies;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
