import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that misbehaves on demand, between clients and the server:
 * added latency per chunk, a pause that holds all traffic (both directions, new
 * connections included) for as long as asked, and a drop that cuts every connection
 * without a close handshake reaching the other side first. Byte order is always kept.
 */
interface Chunk {
  readyAt: number;
  data: Buffer;
}

class DelayedPipe {
  private readonly queue: Chunk[] = [];
  private timer: NodeJS.Timeout | null = null;

  private readonly to: Socket;
  private readonly proxy: FaultProxy;

  constructor(to: Socket, proxy: FaultProxy) {
    this.to = to;
    this.proxy = proxy;
  }

  push(data: Buffer): void {
    this.queue.push({ readyAt: Date.now() + this.proxy.latencyMs, data });
    this.pump();
  }

  pump(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.queue.length > 0 && !this.proxy.paused && this.queue[0]!.readyAt <= Date.now()) {
      if (!this.to.destroyed) this.to.write(this.queue.shift()!.data);
      else this.queue.length = 0;
    }
    if (this.queue.length > 0) {
      const wait = this.proxy.paused ? 20 : Math.max(1, this.queue[0]!.readyAt - Date.now());
      this.timer = setTimeout(() => this.pump(), wait);
    }
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.queue.length = 0;
  }
}

export class FaultProxy {
  latencyMs = 0;
  paused = false;
  /** Connections cut by drop() since the start. */
  drops = 0;
  private readonly server: Server;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket; pipes: DelayedPipe[] }>();

  private readonly targetPort: number;

  constructor(targetPort: number) {
    this.targetPort = targetPort;

    this.server = createServer((client) => this.accept(client));
  }

  listen(): Promise<number> {
    return new Promise((done) => {
      this.server.listen(0, '127.0.0.1', () => {
        const addr = this.server.address();
        done(typeof addr === 'object' && addr ? addr.port : 0);
      });
    });
  }

  private accept(client: Socket): void {
    const upstream = connect(this.targetPort, '127.0.0.1');
    const toServer = new DelayedPipe(upstream, this);
    const toClient = new DelayedPipe(client, this);
    const pair = { client, upstream, pipes: [toServer, toClient] };
    this.pairs.add(pair);
    client.on('data', (d) => toServer.push(d));
    upstream.on('data', (d) => toClient.push(d));
    const end = () => {
      toServer.clear();
      toClient.clear();
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  }

  /** Holds all traffic until resume(). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    for (const p of this.pairs) for (const pipe of p.pipes) pipe.pump();
  }

  /** Cuts every connection now (RST to both sides); buffered bytes are lost. */
  drop(): void {
    for (const p of [...this.pairs]) {
      this.drops++;
      p.client.resetAndDestroy();
      p.upstream.resetAndDestroy();
    }
  }

  get connections(): number {
    return this.pairs.size;
  }

  close(): Promise<void> {
    this.drop();
    return new Promise((done) => this.server.close(() => done()));
  }
}
