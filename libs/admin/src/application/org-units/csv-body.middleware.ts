import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeException } from '@nestjs/common';

/** Same limit as the JSON body parser of the API. */
export const CSV_BODY_LIMIT_BYTES = 1024 * 1024;

type Next = (error?: unknown) => void;

/**
 * Reads a `text/csv` (or `text/plain`) request body into `req.body` as a string, up to 1 MB; JSON
 * bodies are left to the API's JSON parser.
 */
export function csvBody(req: IncomingMessage & { body?: unknown }, _res: ServerResponse, next: Next): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'text/csv' && type !== 'text/plain') return next();
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > CSV_BODY_LIMIT_BYTES) return next(new PayloadTooLargeException());
  const chunks: Buffer[] = [];
  let size = 0;
  let failed = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > CSV_BODY_LIMIT_BYTES && !failed) {
      failed = true;
      next(new PayloadTooLargeException());
    } else if (!failed) chunks.push(chunk);
  });
  req.on('end', () => {
    if (failed) return;
    req.body = Buffer.concat(chunks).toString('utf8');
    next();
  });
  req.on('error', (error) => {
    if (!failed) next(error);
  });
}
