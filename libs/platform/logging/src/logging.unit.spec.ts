import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import pinoHttp from 'pino-http';
import { pinoHttpOptions } from './logging.module';
import { REDACTED, redactUrl } from './redaction';

function capture(): { stream: PassThrough; lines: () => Record<string, any>[] } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, any>),
  };
}

describe('redactUrl', () => {
  it('keeps paging and period parameters and hides every other query value', () => {
    expect(redactUrl('/api/job-seekers?q=Nguy%E1%BB%85n%20V%C4%83n%20A&page=2&cccd=001099012345')).toBe(
      `/api/job-seekers?q=${REDACTED}&page=2&cccd=${REDACTED}`,
    );
  });

  it('hides path segments that are citizen ids or phone numbers but keeps uuids', () => {
    const id = '0194f1c2-7a3b-7c4d-8e5f-123456789abc';
    expect(redactUrl(`/api/people/001099012345/x/${id}`)).toBe(`/api/people/${REDACTED}/x/${id}`);
    expect(redactUrl('/api/lookup/+84912345678')).toBe(`/api/lookup/${REDACTED}`);
  });
});

describe('pino options', () => {
  it('redacts personal fields wherever a caller nests them', () => {
    const out = capture();
    const logger = pino(pinoHttpOptions({ level: 'info', destination: out.stream }), out.stream);
    logger.info(
      {
        person: {
          fullName: 'Nguyễn Văn A',
          cccd: '001099012345',
          household: { income: 1200000, address: 'Thôn 1' },
        },
        phone: '0912345678',
        count: 3,
      },
      'registered',
    );
    const [line] = out.lines();
    const text = JSON.stringify(line);
    for (const secret of ['Nguyễn', '001099012345', '1200000', 'Thôn 1', '0912345678']) {
      expect(text).not.toContain(secret);
    }
    expect(line?.person.fullName).toBe(REDACTED);
    expect(line?.count).toBe(3);
  });

  it('logs a request with method, redacted URL and status only — no headers, no body', async () => {
    const out = capture();
    const middleware = pinoHttp(pinoHttpOptions({ level: 'info', destination: out.stream }), out.stream);
    const server = createServer((req, res) => {
      middleware(req, res);
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const body = JSON.stringify({ fullName: 'Trần Thị B' });
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/job-seekers?name=Tran&page=1',
          headers: {
            authorization: 'Bearer s3cret',
            cookie: 'sid=s3cret',
            'content-type': 'application/json',
          },
        },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    server.close();
    const text = out
      .lines()
      .map((line) => JSON.stringify(line))
      .join('\n');
    expect(text).toContain(`/api/job-seekers?name=${REDACTED}&page=1`);
    expect(text).toContain('"statusCode":200');
    for (const secret of ['Trần', 'Tran&', 's3cret']) expect(text).not.toContain(secret);
  });
});
