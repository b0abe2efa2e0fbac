/**
 * The customer API and the console, locally: one HTTP server that hands
 * /v1/* to the API function's own handler as API Gateway would (an HTTP API
 * payload 2.0 event, routes from API_ROUTES, API Gateway's 404 otherwise) and
 * serves the console's files with the same security headers as CloudFront.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type ApiHandler, createApiHandler } from '../../functions/api/api';
import { apiDeps } from '../../functions/api/handler';
import { loadConfig } from '../../functions/commons/config';
import { createTelemetry, powertoolsEnvironment } from '../../functions/commons/observability';
import { API_ROUTES, consoleSecurityHeaders, customerTopicArn } from '../../resources';
import { buildConsole } from '../../web/build';
import type { LocalEnvironment } from './environment';
import { LOCAL_WHERE } from './lambda-context';

export interface ApiServer {
  /** The console's URL; the API is under it at /v1. */
  url: string;
  close(): Promise<void>;
}

const ROUTES = API_ROUTES.map((routeKey) => {
  const [method, template] = routeKey.split(' ') as [string, string];
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { routeKey, method, regex: new RegExp(`^${pattern}$`), names };
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The event API Gateway would hand the function for this request, or undefined when no route matches. */
export function toApiGatewayEvent(req: IncomingMessage, url: URL): APIGatewayProxyEventV2 | undefined {
  const method = req.method ?? 'GET';
  for (const r of ROUTES) {
    const m = r.method === method ? r.regex.exec(url.pathname) : null;
    if (!m) continue;
    let pathParameters: Record<string, string>;
    try {
      pathParameters = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
    } catch {
      return undefined; // a malformed escape matches no route
    }
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = [v].flat().join(',');
    const now = Date.now();
    return {
      version: '2.0',
      routeKey: r.routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(url.search ? { queryStringParameters: query } : {}),
      ...(r.names.length ? { pathParameters } : {}),
      isBase64Encoded: false,
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: url.host,
        domainPrefix: url.hostname,
        http: {
          method,
          path: url.pathname,
          protocol: `HTTP/${req.httpVersion}`,
          sourceIp: req.socket.remoteAddress ?? '',
          userAgent: req.headers['user-agent'] ?? '',
        },
        requestId: randomUUID(),
        routeKey: r.routeKey,
        stage: '$default',
        time: new Date(now).toUTCString(),
        timeEpoch: now,
      },
    };
  }
  return undefined;
}

export async function startApiServer(
  env: LocalEnvironment,
  opts: { port?: number; handler?: ApiHandler } = {},
): Promise<ApiServer> {
  const handler =
    opts.handler ??
    createApiHandler(
      apiDeps(loadConfig('api', env.environmentOf('api')), env.clients, (id) => customerTopicArn(LOCAL_WHERE, id)),
      createTelemetry(powertoolsEnvironment('api')),
    );
  const files = await buildConsole();
  let origin = '';

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/v1/') || url.pathname === '/v1') {
      const event = toApiGatewayEvent(req, url);
      if (!event) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
        return;
      }
      const r = await handler(event);
      res.writeHead(r.statusCode, r.headers as Record<string, string>).end(r.body);
      return;
    }
    const security = consoleSecurityHeaders(origin);
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const body =
      path === '/config.json' ? new TextEncoder().encode(JSON.stringify({ apiUrl: origin })) : files.get(path);
    if (req.method !== 'GET' || !body) {
      res.writeHead(404, { ...security, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        ...security,
        'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      })
      .end(body);
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await listen(opts.port ?? 0);
  } catch (e) {
    // The usual port is taken (another run): any free one will do.
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    await listen(0);
  }
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
