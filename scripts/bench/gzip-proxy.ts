/**
 * `--gzip`: puts gzip in front of a static server, the way almost every real
 * web host sends text files. Our static server sends everything raw, so
 * without this Lighthouse downloads (and simulates downloading) each script
 * at its full size. Comparing a run with and without it shows how much of a
 * result is the server's and how much is the app's.
 */
import { createServer, request, type Server } from 'node:http';
import { createGzip } from 'node:zlib';

const compressible = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/;

export function startGzipProxy(upstream: string): Promise<{ server: Server; url: string }> {
  const target = new URL(upstream);
  const server = createServer((incoming, outgoing) => {
    const forward = request(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: target.host } },
      (response) => {
        const type = response.headers['content-type'] ?? '';
        if (response.statusCode !== 200 || !compressible.test(type) || !/\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? ''))) {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
          return;
        }
        const headers = { ...response.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
        delete headers['content-length'];
        outgoing.writeHead(200, headers);
        response.pipe(createGzip()).pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  return new Promise((resolveStart) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveStart({ server, url: `http://127.0.0.1:${port}${target.pathname}` });
    });
  });
}
