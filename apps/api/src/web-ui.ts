import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

// The few Express request/response members used here (express is Nest's dependency, not ours).
interface Request {
  method: string;
  path: string;
}
interface Response {
  setHeader(name: string, value: string): void;
  sendFile(path: string): void;
  type(type: string): { send(body: string): void };
}
type NextFunction = () => void;

/** The repository (or installed package) root: the nearest folder above `from` with a package.json. */
export function findProjectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function webUiDir(): string {
  return join(findProjectRoot(), 'apps', 'web', 'dist');
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ViecLam Ledger</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>
</head>
<body>
<h1>ViecLam Ledger đang chạy</h1>
<p>Giao diện web chưa được dựng. <span lang="en">— ViecLam Ledger is running; the web UI is not built yet.</span></p>
<ul>
<li><a href="/api/docs">Tài liệu API / API documentation</a> (/api/docs)</li>
<li><a href="/api/health">Tình trạng hệ thống / Health</a> (/api/health)</li>
</ul>
</body>
</html>
`;

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Serves the built web UI (`apps/web/dist`) with a single-page-app fallback to `index.html` for
 * every GET outside `/api`; without a build, `/` answers with a small bilingual page instead.
 * The folder is looked up at start: building the UI needs a restart, which `npm start` does anyway.
 */
export function serveWebUi(app: NestExpressApplication, dir: string = webUiDir()): 'built' | 'not-built' {
  const index = join(dir, 'index.html');
  if (existsSync(index)) {
    app.useStaticAssets(dir, { index: false, maxAge: '1h' });
    app.use((req: Request, res: Response, next: NextFunction) => {
      const accepted = req.method === 'GET' || req.method === 'HEAD';
      if (!accepted || isApiPath(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
    return 'built';
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.type('html').send(NOT_BUILT_PAGE);
  });
  return 'not-built';
}
