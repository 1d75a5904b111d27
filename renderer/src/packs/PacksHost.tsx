import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApi } from '../api/ApiContext';
import { useT } from '../i18n/useT';
import { parsePlace } from '../nav/route';
import { registerCommands } from '../palette/registry';
import { Presenter } from '../presenter/Presenter';
import { Dialog } from '../ui/Dialog';
import { addToCurrentPack } from './add-to-pack';
import { useCurrentPack } from './current-pack';
import { PacksPanel } from './PacksPanel';
import { usePacks } from './usePacks';

/**
 * Everything packs adds to the window: the top-bar button, the packs dialog, presenter mode,
 * and the palette's pack commands (open the packs, add the open passage, present a pack).
 */
export function PacksHost() {
  const t = useT();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [presenting, setPresenting] = useState<string | null>(null);
  const packs = usePacks();
  const current = useCurrentPack();
  const returnFocus = useRef<HTMLElement | null>(null);

  const latest = useRef({ t, api, packs: packs.data ?? [], current });
  latest.current = { t, api, packs: packs.data ?? [], current };
  useEffect(
    () =>
      registerCommands(() => {
        const { t, api, packs, current } = latest.current;
        const { docId, passageId } = parsePlace(window.location.hash);
        return [
          {
            id: 'packs.open',
            label: t('packs.palette.open'),
            group: 'command',
            keywords: 'pack handout 资料包 讲义',
            run: () => setOpen(true),
          },
          ...(docId && passageId
            ? [
                {
                  id: 'packs.addPassage',
                  label: t('packs.palette.addPassage'),
                  group: 'command' as const,
                  keywords: 'pack add 资料包',
                  run: () =>
                    void addToCurrentPack(api, current, { kind: 'passage', docId, passageId }, t('packs.defaultName')),
                },
              ]
            : []),
          ...packs
            .filter((p) => p.items.length > 0)
            .map((p) => ({
              id: `packs.present.${p.id}`,
              label: t('packs.palette.present', { name: p.name }),
              group: 'command' as const,
              keywords: 'present slides 演示',
              run: () => setPresenting(p.id),
            })),
        ];
      }),
    [],
  );

  const present = (packId: string) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(false);
    setPresenting(packId);
  };
  const leave = () => {
    setPresenting(null);
    returnFocus.current?.focus();
  };
  const pack = packs.data?.find((p) => p.id === presenting);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('packs.open')}
      </button>
      {/* In <body>, not the top bar: a dialog's header inside the banner would be a nested banner. */}
      {createPortal(
        <Dialog open={open} title={t('packs.title')} onClose={() => setOpen(false)} className="packs-dialog">
          <PacksPanel onPresent={present} />
        </Dialog>,
        document.body,
      )}
      {pack && createPortal(<Presenter pack={pack} onLeave={leave} />, document.body)}
    </>
  );
}
