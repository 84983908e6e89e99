/**
 * Reads an `strace -f -y` log of the server and checks, for each marker (a ticket id the
 * issue's ack returned), the order the durability promise needs: the first WAL write that
 * holds the marker, then an fsync/fdatasync of the WAL that completes, and only then the
 * first socket write carrying it (the ack or the broadcast). With synchronous=OFF there is
 * no fsync at all; with NORMAL the WAL is not synced at commit: both fail.
 */
export interface TraceCall {
  /** Line index in the log: order of the call (for fsync: of its completion). */
  at: number;
  pid: number;
  name: string;
  /** The `-y` annotation of the first argument (a path, or `TCP:[…]`, `socket:[…]`, …). */
  fdTarget: string;
  /** The raw rest of the line (the data strace printed). */
  text: string;
}

const LINE = /^(?:\[pid\s+)?(\d+)\]?\s+(?:\d+(?:\.\d+)?\s+)?(\w+)\((\d+)<([^>]*)>(.*)$/;
const RESUMED = /^(?:\[pid\s+)?(\d+)\]?\s+(?:\d+(?:\.\d+)?\s+)?<\.\.\. (\w+) resumed>/;

/** Calls in order; an `<unfinished ...>` call is placed where it is resumed (it completes there). */
export function parseTrace(log: string): TraceCall[] {
  const calls: TraceCall[] = [];
  const pending = new Map<string, Omit<TraceCall, 'at'>>();
  log.split('\n').forEach((line, i) => {
    const resumed = RESUMED.exec(line);
    if (resumed) {
      const key = `${resumed[1]}:${resumed[2]}`;
      const call = pending.get(key);
      if (call) {
        pending.delete(key);
        calls.push({ ...call, at: i });
      }
      return;
    }
    const m = LINE.exec(line);
    if (!m) return;
    const call = { pid: Number(m[1]), name: m[2]!, fdTarget: m[4]!, text: m[5]! };
    if (line.endsWith('<unfinished ...>')) pending.set(`${call.pid}:${call.name}`, call);
    else calls.push({ ...call, at: i });
  });
  return calls.sort((a, b) => a.at - b.at);
}

const isWal = (c: TraceCall) => c.fdTarget.endsWith('-wal');
const isSocket = (c: TraceCall) => /^(TCP|TCPv6|UNIX|socket):/.test(c.fdTarget);
const SOCKET_WRITES = new Set(['write', 'writev', 'sendto', 'sendmsg']);
const WAL_WRITES = new Set(['pwrite64', 'pwrite', 'write', 'pwritev', 'pwritev2']);
const SYNCS = new Set(['fsync', 'fdatasync']);

/** One violation per marker whose first socket write is not preceded by its WAL write and a WAL sync. */
export function ackBeforeFsync(calls: TraceCall[], markers: readonly string[]): string[] {
  const out: string[] = [];
  for (const marker of markers) {
    const walWrite = calls.find((c) => isWal(c) && WAL_WRITES.has(c.name) && c.text.includes(marker));
    const sent = calls.find((c) => isSocket(c) && SOCKET_WRITES.has(c.name) && c.text.includes(marker));
    if (!sent) {
      out.push(`${marker}: never written to a socket (is the trace complete?)`);
      continue;
    }
    if (!walWrite || walWrite.at > sent.at) {
      out.push(`${marker}: sent at line ${sent.at} before any WAL write holding it`);
      continue;
    }
    const sync = calls.find((c) => isWal(c) && SYNCS.has(c.name) && c.at > walWrite.at);
    if (!sync) out.push(`${marker}: WAL write at line ${walWrite.at}, no WAL fsync after it`);
    else if (!(sync.at < sent.at))
      out.push(`${marker}: WAL write at line ${walWrite.at}, sent at ${sent.at}, WAL fsync only at ${sync.at}`);
  }
  return out;
}
