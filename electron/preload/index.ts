import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { eventChannel } from '../../shared/methods';
import { createBridge } from './bridge';
import { createDropBridge } from './dropped-files';
import { createEventBridge } from './events';
import { createPackPdfBridge } from './pack-pdf';

// Sandboxed preload: only the contract's methods and one event subscription cross into the
// page, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'kb',
  createBridge((channel, method, input) => ipcRenderer.invoke(channel, method, input)),
);
// Dropped files: their paths come from Electron (webUtils), never from the page.
contextBridge.exposeInMainWorld(
  'kbDrop',
  createDropBridge(
    (file) => webUtils.getPathForFile(file),
    (channel, paths) => ipcRenderer.invoke(channel, paths),
  ),
);
contextBridge.exposeInMainWorld('kbEvents', createEventBridge(ipcRenderer, eventChannel));
// Pack handouts as PDF: main shows the save dialog and prints; the page names only the pack.
contextBridge.exposeInMainWorld(
  'kbPackPdf',
  createPackPdfBridge((channel, pack) => ipcRenderer.invoke(channel, { pack })),
);
