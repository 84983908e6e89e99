/**
 * The branch's HTTPS client to head office: one keep-alive agent, the private CA when head
 * office uses one, the branch key as a bearer token, gzip request bodies, a timeout.
 */
import { Agent, request } from 'node:https';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface HqResponse {
  status: number;
  body: unknown;
}

export class HqClient {
  private readonly agent: Agent;

  private readonly base: URL;
  private readonly key: string;
  private readonly timeoutMs: number;

  constructor(base: URL, key: string, ca: string | null, timeoutMs = 15_000) {
    this.base = base;
    this.key = key;
    this.timeoutMs = timeoutMs;

    this.agent = new Agent({ keepAlive: true, maxSockets: 2, ...(ca ? { ca } : {}) });
  }

  async post(path: string, json: unknown): Promise<HqResponse> {
    const body = await gzipAsync(Buffer.from(JSON.stringify(json)));
    return this.send('POST', path, body);
  }

  get(path: string): Promise<HqResponse> {
    return this.send('GET', path, null);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: 'GET' | 'POST', path: string, body: Buffer | null): Promise<HqResponse> {
    const url = new URL(`/api${path}`, this.base);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: {
            authorization: `Bearer ${this.key}`,
            accept: 'application/json',
            ...(body
              ? { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              parsed = null;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`head office did not answer within ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  }
}
