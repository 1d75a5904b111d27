import { contextBridge, ipcRenderer } from 'electron';
import { eventChannel } from '../../shared/methods';
import { createBridge } from './bridge';
import { createEventBridge } from './events';

// Sandboxed preload: only the contract's methods and one event subscription cross into the
// page, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'kb',
  createBridge((channel, method, input) => ipcRenderer.invoke(channel, method, input)),
);
contextBridge.exposeInMainWorld('kbEvents', createEventBridge(ipcRenderer, eventChannel));
