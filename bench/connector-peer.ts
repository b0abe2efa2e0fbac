/**
 * The connector benchmark's other side, in its own process so that its CPU is
 * not counted: a WebSocket server that sends the generated frames to whoever
 * connects, at `rate` frames/s from its `cursor` (as Jetstream replays), and a stub of SQS's
 * SendMessage (JSON protocol) that accepts every message. Prints
 * "READY <wsPort> <sqsPort>" when listening.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { connectorFrames } from './connector-frames';

const count = Number(process.argv[2] ?? 100_000);
const rate = Number(process.argv[3] ?? 5000);
const { frames, t0Us, stepUs } = connectorFrames(count);

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
wss.on('connection', async (ws, req) => {
  const cursor = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('cursor') ?? 0);
  let i = Math.max(0, Math.ceil((cursor - t0Us) / stepUs));
  const started = Date.now();
  const first = i;
  while (i < frames.length && ws.readyState === ws.OPEN) {
    const due = first + Math.floor(((Date.now() - started) / 1000) * rate);
    while (i < Math.min(due, frames.length)) ws.send(frames[i++]!);
    await new Promise((r) => setTimeout(r, 5));
  }
});

const sqs = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString()) as { MessageBody: string };
    const md5 = createHash('md5').update(body.MessageBody).digest('hex');
    res
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.0' })
      .end(JSON.stringify({ MessageId: crypto.randomUUID(), MD5OfMessageBody: md5, SequenceNumber: '1' }));
  });
});
sqs.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(wss.address() as AddressInfo).port} ${(sqs.address() as AddressInfo).port}\n`);
});
