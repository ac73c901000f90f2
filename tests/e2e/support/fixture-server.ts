import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PAGES_DIR } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A route a test adds on top of the static fixture pages. */
type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The local server every government host name resolves to during e2e tests. */
export interface FixtureServer {
  port: number;
  /** URL of a fixture page on a given host, e.g. url('county-speech.html', 'www.example.gov.cn'). */
  url(path: string, host?: string): string;
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

/** Serve tests/fixtures/pages on 127.0.0.1 for any Host header. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    const file = normalize(join(PAGES_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(PAGES_DIR)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, host = 'www.example.gov.cn') => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    route: (path, handler) => void routes.set(path, handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
