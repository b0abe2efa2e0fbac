/**
 * Incremental server-sent events parser (the subset Mastodon's streaming API
 * uses: `event:`, `data:` (multi-line), `:` comments as heartbeats, any line
 * ending). An event larger than `maxEventChars` is dropped whole and counted.
 */
export interface SseEvent {
  event: string;
  data: string;
}

export class SseParser {
  private buf = '';
  private event = '';
  private data: string[] = [];
  private size = 0;
  private oversized = false;
  /** Events dropped for their size. */
  dropped = 0;

  constructor(private readonly maxEventChars = 1_000_000) {}

  /** Feeds decoded text; returns the events it completed. */
  feed(text: string): SseEvent[] {
    this.buf += text;
    const out: SseEvent[] = [];
    let start = 0;
    for (;;) {
      const nl = this.buf.slice(start).search(/\r\n|\r|\n/);
      if (nl < 0) break;
      const end = start + nl;
      const line = this.buf.slice(start, end);
      // A lone \r at the very end may be the first half of \r\n: wait for more.
      if (this.buf[end] === '\r' && end + 1 === this.buf.length) break;
      start = end + (this.buf.startsWith('\r\n', end) ? 2 : 1);
      this.line(line, out);
    }
    this.buf = this.buf.slice(start);
    if (this.buf.length > this.maxEventChars) {
      this.buf = '';
      this.oversized = true;
    }
    return out;
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') {
      if (this.oversized) this.dropped++;
      else if (this.data.length > 0) out.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      this.size = 0;
      this.oversized = false;
      return;
    }
    if (line.startsWith(':') || this.oversized) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
    if (field === 'event') this.event = value;
    else if (field === 'data') {
      this.size += value.length;
      if (this.size > this.maxEventChars) {
        this.oversized = true;
        this.data = [];
      } else this.data.push(value);
    }
  }
}
