declare module 'passport-custom' {
  import { Strategy as PassportStrategy } from 'passport-strategy';
  type Done = (err: unknown, user?: unknown, info?: unknown) => void;
  export class Strategy extends PassportStrategy {
    constructor(verify: (req: unknown, done: Done) => void);
  }
}
