import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed preload: only the contract's methods cross into the page, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'kb',
  createBridge((channel, method, input) => ipcRenderer.invoke(channel, method, input)),
);
