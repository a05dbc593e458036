import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '@app/common/actor';
import { Role } from '@app/common/role';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';

interface TokenClaims {
  sub: string;
  /** The user's session version when the token was signed; absent in tokens signed before issue 12 (read as 0). */
  sv?: number;
  exp: number;
}

export type TokenCheck = { ok: true; actor: Actor; expiresAt: number } | { ok: false; reason: string };

/** What a token is signed for. */
export interface TokenSubject {
  id: string;
  role: Role;
  departmentId: string | null;
  sessionVersion: number;
}

/**
 * Signs access tokens and checks them: the signature, then the user, re-read on every request (one query) so that a
 * deactivation, a role change or a password reset or change counts at once, not at token expiry. Used by the API's
 * guard and by the queue dashboard, which sits outside Nest's guards.
 */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.JWT_TTL_SECONDS;
  }

  sign(user: TokenSubject): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion, role: user.role, dep: user.departmentId });
  }

  async check(token: string): Promise<TokenCheck> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return { ok: false, reason: 'The token is invalid or has expired' };
    }
    // A plain query: this runs on every request, and the ORM's query building cost more than the query.
    const [user] = await this.dataSource.query<{ id: string; username: string; role: Role; department_id: string | null; active: boolean; session_version: number }[]>(
      'select id, username, role, department_id, active, session_version from users where id = $1',
      [claims.sub],
    );
    if (!user || !user.active) return { ok: false, reason: 'The account is not active' };
    if ((claims.sv ?? 0) !== user.session_version) {
      return { ok: false, reason: 'The session has ended (password, role or account changed): sign in again' };
    }
    return { ok: true, actor: { userId: user.id, username: user.username, role: user.role, departmentId: user.department_id }, expiresAt: claims.exp };
  }
}
