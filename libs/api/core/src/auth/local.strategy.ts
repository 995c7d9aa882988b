import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import { Strategy } from 'passport-local';
import { UserEntity } from '../org-model/user.entity';
import { AuthService } from './auth.service';

/** Email + password sign-in (passport-local); failures are slowed and counted by AuthService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<UserEntity> {
    return this.auth.verifyCredentials(email, password, req.ip ?? null);
  }
}
