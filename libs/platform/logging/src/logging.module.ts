import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { REDACTED, redactPaths, redactUrl } from './redaction';

export interface LoggingOptions {
  level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where logs go; stdout by default (tests pass a stream to read what was logged). */
  destination?: NodeJS.WritableStream;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Health probes come every few seconds; logging each would drown the useful lines. */
const QUIET_PATHS = new Set(['/api/health']);

function prettyTransport(): Options['transport'] {
  if (!process.stdout.isTTY) return undefined;
  try {
    require.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return { target: 'pino-pretty', options: { singleLine: true } };
}

/** The pino-http options: JSON lines, personal fields redacted, requests logged without bodies. */
export function pinoHttpOptions(options: LoggingOptions): Options {
  const transport = options.destination === undefined ? prettyTransport() : undefined;
  return {
    level: options.level,
    redact: { paths: redactPaths(), censor: REDACTED },
    ...(transport === undefined ? {} : { transport }),
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // Only method, redacted URL and status: no headers (cookies, tokens), no bodies, no query values.
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url ?? ''),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error !== undefined || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? '') },
  };
}

/** Nest logging through pino (`nestjs-pino`); use `app.useLogger(app.get(Logger))` after creating the app. */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    const httpOptions = pinoHttpOptions(options);
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: options.destination === undefined ? httpOptions : [httpOptions, options.destination],
          // nestjs-pino's default `*` is a legacy pattern in Nest 11 (path-to-regexp 8).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
