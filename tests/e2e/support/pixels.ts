/**
 * Pixel checks on screenshots, done in a blank page of the test browser (it can decode
 * PNGs; nothing else here can): how many pixels differ, and how many carry a colour.
 */
import type { BrowserContext } from 'playwright-core';

/** What two screenshots of the same page look like side by side. */
export interface PixelComparison {
  width: number;
  height: number;
  /** Pixels whose colour differs between the two images. */
  differing: number;
  /** For each asked-for colour: pixels of it in the first image and in the second. */
  colours: Record<string, [number, number]>;
}

/** Compare two PNG screenshots and count pixels of the given `#rrggbb` colours (±6 per channel). */
export async function comparePngs(context: BrowserContext, a: Buffer, b: Buffer, colours: string[]): Promise<PixelComparison> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ a, b, colours }) => {
        // No named inner functions: a bundler's name helpers do not exist in the page.
        const [x, y] = (await Promise.all(
          [a, b].map(async (b64) => {
            const img = new Image();
            img.src = `data:image/png;base64,${b64}`;
            await img.decode();
            const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
            const ctx = canvas.getContext('2d')!;
            ctx.drawImage(img, 0, 0);
            return ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight);
          }),
        )) as [ImageData, ImageData];
        const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
        const counts = colours.map(() => [0, 0] as [number, number]);
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) differing++;
          rgb.forEach((c, k) => {
            if (Math.abs(x.data[i]! - c[0]!) <= 6 && Math.abs(x.data[i + 1]! - c[1]!) <= 6 && Math.abs(x.data[i + 2]! - c[2]!) <= 6) counts[k]![0]++;
            if (Math.abs(y.data[i]! - c[0]!) <= 6 && Math.abs(y.data[i + 1]! - c[1]!) <= 6 && Math.abs(y.data[i + 2]! - c[2]!) <= 6) counts[k]![1]++;
          });
        }
        return {
          width: x.width,
          height: x.height,
          differing,
          colours: Object.fromEntries(colours.map((c, k) => [c, counts[k]!])),
        };
      },
      { a: a.toString('base64'), b: b.toString('base64'), colours },
    );
  } finally {
    await page.close();
  }
}
