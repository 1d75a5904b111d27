import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';
import { createDropBridge } from './dropped-files';

// Sandboxed preload: only the contract's methods cross into the page, never ipcRenderer itself.
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
