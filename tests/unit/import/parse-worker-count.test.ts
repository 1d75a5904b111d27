import { describe, expect, it } from 'vitest';
import { parseWorkerCount } from '../../../electron/core/import/import-files';

describe('how many parse workers an import starts', () => {
  it('leaves the writer a core of its own: one parse worker on two cores', () => {
    expect(parseWorkerCount(2)).toBe(1);
  });

  it('uses the cores beyond the writer’s on a larger machine', () => {
    expect(parseWorkerCount(4)).toBe(3);
  });

  it('starts one parse worker even on a single core', () => {
    expect(parseWorkerCount(1)).toBe(1);
  });
});
