import type { KbApi } from '../../../shared/api';
import type { Pack, PackItemInput } from '../../../shared/notes-model';
import { setCurrentPack } from './current-pack';
import { packsChanged } from './pack-signal';

/**
 * Adds an item to the pack the user is filling: the chosen one if it still exists, else the
 * first pack, else a new pack named `newName`. Returns the pack as it is now.
 */
export async function addToCurrentPack(
  api: KbApi,
  current: string | null,
  item: PackItemInput,
  newName: string,
): Promise<Pack> {
  const packs = await api.listPacks({});
  const target = packs.find((p) => p.id === current) ?? packs[0] ?? (await api.createPack({ name: newName }));
  const pack = await api.addPackItem({ pack: target.id, item });
  if (pack.id !== current) setCurrentPack(pack.id);
  packsChanged();
  return pack;
}
