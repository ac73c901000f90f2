import { describe, expect, it } from 'vitest';
import { startPrefetch, takePrefetched } from '../../../lib/page/fetch-dictionary';

describe("the top frame's dictionary prefetch", () => {
  it('hands its pending bytes to the content script once, and leaves nothing behind in the global', async () => {
    const world: Record<string, unknown> = {};
    startPrefetch(world);
    expect(Object.values(world).map((v) => v instanceof Promise)).toEqual([true]);
    const dictionary = takePrefetched(world);
    expect(world).toEqual({});
    // No extension files under Node: the fetch fails and the failure becomes "no dictionary".
    await expect(dictionary.load()).resolves.toBeNull();
  });

  it('fetches anew where no prefetch ran (a subframe, a site the user added)', async () => {
    const world: Record<string, unknown> = { unrelated: 1 };
    const dictionary = takePrefetched(world);
    expect(world).toEqual({ unrelated: 1 });
    await expect(dictionary.load()).rejects.toThrow();
  });
});
