// Child process for the kill test: saves a highlight every 10 ms and prints "ack N" after each save returns.
import { createKbService } from '../../../electron/core/service';

const [dataDir, resourcesDir, docId, passageId] = process.argv.slice(2) as [string, string, string, string];
/** The kill test's save rhythm. */
const saveEveryMs = 10;

async function main(): Promise<void> {
  const service = await createKbService({
    dataDir,
    resourcesDir,
    appVersion: 'kill-test',
    importOn: 'this-thread',
    seedEmptyLibrary: false,
  });
  const run = `${process.pid}`;
  for (let n = 0; ; n++) {
    const note = await service.api.addHighlight({ docId, passageId, start: 0, end: 10, note: `${run}-${n}` });
    process.stdout.write(`ack ${note.id}\n`);
    await new Promise((resolve) => setTimeout(resolve, saveEveryMs));
  }
}

void main();
