/**
 * Serves the built coach console (console/dist) at `/`. The console routes in the URL fragment
 * (`/#/seekers/…`), so the server only ever serves the page and its hashed assets.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Public } from '../auth/access.decorators.js';
import { AppError } from '../errors.js';

interface Reply {
  header(name: string, value: string): unknown;
  status(code: number): unknown;
  send(body: Buffer | string): unknown;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Scripts and styles from this origin only; data comes from /graphql and /session. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

@Controller()
export class ConsoleController {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.consoleDir);
  }

  @Public()
  @Get()
  async index(@Res() reply: Reply): Promise<void> {
    let html: Buffer;
    try {
      html = await readFile(join(this.root, 'index.html'));
    } catch {
      reply.status(503);
      reply.header('content-type', 'text/plain; charset=utf-8');
      reply.send('The console is not built. Run `npm run console:build` (npm start does it).\n');
      return;
    }
    reply.header('content-type', 'text/html; charset=utf-8');
    reply.header('cache-control', 'no-cache');
    reply.header('content-security-policy', CONSOLE_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.send(html);
  }

  @Public()
  @Get('assets/:file')
  async asset(@Param('file') file: string, @Res() reply: Reply): Promise<void> {
    const dir = join(this.root, 'assets');
    const path = resolve(dir, file);
    const ext = /\.[a-z0-9]+$/i.exec(file)?.[0].toLowerCase() ?? '';
    if (!path.startsWith(dir + sep) || !TYPES[ext]) throw AppError.notFound('file');
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      throw AppError.notFound('file');
    }
    reply.header('content-type', TYPES[ext]);
    // Vite names assets by their content hash: a changed file is a new name.
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    reply.header('x-content-type-options', 'nosniff');
    reply.send(body);
  }
}
