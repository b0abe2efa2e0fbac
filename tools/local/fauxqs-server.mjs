// Runs fauxqs (SQS + SNS emulator) as its own process, so the local
// environment outlives any one command and can be stopped like a real service.
// Usage: node fauxqs-server.mjs PORT [DATA_DIR]
import { startFauxqs } from 'fauxqs';
import { patchFifoReceive } from './fauxqs-fifo.mjs';

// Before any queue exists: FIFO receives as SQS does them (see fauxqs-fifo.mjs).
await patchFifoReceive();

const port = Number(process.argv[2] ?? 0);
const dataDir = process.argv[3] || undefined;
const server = await startFauxqs({ port, logger: false, host: '127.0.0.1', ...(dataDir ? { dataDir } : {}) });
process.stdout.write(`ready ${server.port}\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Exit with the parent: stdin closes when the parent process dies.
process.stdin.on('end', stop);
process.stdin.resume();
