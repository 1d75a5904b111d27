/**
 * A child for the read-only test (run as another user, since root ignores file modes):
 * opens the library named by its last argument and prints, as one JSON line, what each kind of call answers.
 */
import path from 'node:path';
import { createKbService } from '../../../electron/core/service';
import { toErrorData } from '../../../shared/rpc';

async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    return toErrorData(error).code;
  }
}

async function main(): Promise<void> {
  const service = await createKbService({
    dataDir: process.argv.at(-1)!,
    resourcesDir: path.resolve(__dirname, '..', '..', '..', 'resources'),
    appVersion: '0.0.0-test',
    importOn: 'this-thread',
    seedEmptyLibrary: true,
  });
  const info = await service.api.libraryInfo({});
  const answers = {
    readOnly: info.readOnly,
    suggest: await outcome(() => service.api.suggest({ prefix: 'ke' })),
    search: await outcome(() => service.api.search({ query: 'API key' })),
    getSynonyms: await outcome(() => service.api.getSynonyms({})),
    setSynonyms: await outcome(() => service.api.setSynonyms({ groups: [['key', 'token']] })),
    startImport: await outcome(() => service.api.startImport({ paths: ['/tmp'] })),
  };
  await service.close();
  process.stdout.write(`${JSON.stringify(answers)}\n`);
}

void main();
