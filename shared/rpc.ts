import type { KbApi, MethodInput } from './api';
import { contract } from './api';
import { type ErrorData, isErrorCode, KbError } from './errors';
import { isMethodName, type MethodName } from './methods';

/** Errors cross processes as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** How a client sends one call; IPC and HTTP each provide one. */
export type Transport = (method: MethodName, input: unknown) => Promise<unknown>;

function fail(code: ErrorData['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Turns anything thrown by the core into error data; unknown errors become INTERNAL. */
export function toErrorData(error: unknown): ErrorData {
  if (error instanceof KbError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

/**
 * The one dispatcher both doors use: checks the method name, validates the input
 * against the contract, calls the service, and returns a Result (never throws).
 */
export async function dispatch(service: KbApi, method: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 80)}`);
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return fail('INVALID_INPUT', `Invalid input for ${method}${where}: ${issue?.message ?? 'rejected'}`);
  }
  try {
    const call = service[method] as (arg: MethodInput<MethodName>) => Promise<unknown>;
    return { ok: true, value: await call(parsed.data as MethodInput<MethodName>) };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

/** Reads a Result that arrived over a boundary, validating its shape and the value's schema. */
export function unwrapResult<M extends MethodName>(
  method: M,
  raw: unknown,
): ReturnType<KbApi[M]> extends Promise<infer T> ? T : never {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) {
    throw new KbError('INTERNAL', `Malformed reply to ${method}`);
  }
  const reply = raw as { ok: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (reply.ok === true) {
    const value = contract[method].output.safeParse(reply.value);
    if (!value.success) throw new KbError('INTERNAL', `Reply to ${method} does not match the contract`);
    return value.data as never;
  }
  const code = isErrorCode(reply.error?.code) ? reply.error.code : 'INTERNAL';
  const message = typeof reply.error?.message === 'string' ? reply.error.message : 'Unknown error';
  throw new KbError(code, message);
}

/** Builds a typed KbApi over any transport; used by the renderer and by contract tests. */
export function createClient(transport: Transport): KbApi {
  const client: Partial<Record<MethodName, unknown>> = {};
  for (const method of Object.keys(contract) as MethodName[]) {
    client[method] = async (input: unknown) => unwrapResult(method, await transport(method, input));
  }
  return client as KbApi;
}
