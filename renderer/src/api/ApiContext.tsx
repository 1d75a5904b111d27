import { createContext, useContext } from 'react';
import type { KbApi } from '../../../shared/api';

export const ApiContext = createContext<KbApi | null>(null);

/** The typed API for components below <ApiContext value={api}>. */
export function useApi(): KbApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext>');
  return api;
}
