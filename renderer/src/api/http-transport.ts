import { apiPrefix } from '../../../shared/doors';
import { KbError } from '../../../shared/errors';
import type { Transport } from '../../../shared/rpc';

/**
 * The browser door: `POST /api/<method>` on the page's own origin with the bearer token.
 * Replies are Results (also on 4xx/5xx); anything else becomes a KbError.
 */
export function httpTransport(tokenSource: () => Promise<string | null>): Transport {
  return async (method, input) => {
    const token = await tokenSource();
    let response: Response;
    try {
      response = await fetch(`${apiPrefix}${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new KbError('INTERNAL', 'Cannot reach the Folio bridge. Is `folio serve` still running?');
    }
    try {
      return await response.json();
    } catch {
      throw new KbError('INTERNAL', `The bridge answered ${method} with HTTP ${response.status} and no readable body`);
    }
  };
}
