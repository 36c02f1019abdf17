// A screenshot of the map, decoded: not blank, several colours, the stance colours among them.
import { test, expect } from './harness/fixture';
import { PNG } from 'pngjs';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';
import { STANCE_FILL } from '../../renderer/graph/palette';

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

test('the sample map screenshot is not blank and shows the stance colours', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  await expect.poll(() => app.nodeCount()).toBeGreaterThan(20);
  await page.waitForTimeout(300);
  const png = PNG.sync.read(await app.mapRegion.screenshot());
  await shot(page, 'map-pixels-window');
  expect(png.width).toBeGreaterThan(300);

  const colours = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]! >> 3},${png.data[i + 1]! >> 3},${png.data[i + 2]! >> 3}`;
    colours.set(key, (colours.get(key) ?? 0) + 1);
  }
  const total = png.width * png.height;
  const biggest = Math.max(...colours.values());
  expect(colours.size).toBeGreaterThan(20);
  expect(biggest / total).toBeLessThan(0.97);

  const near = (target: [number, number, number]) => {
    let hits = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (Math.abs(png.data[i]! - target[0]) <= 6 && Math.abs(png.data[i + 1]! - target[1]) <= 6 && Math.abs(png.data[i + 2]! - target[2]) <= 6) hits += 1;
    }
    return hits;
  };
  for (const stance of ['ally', 'supporter', 'neutral', 'skeptic', 'opponent'] as const) {
    expect(near(rgb(STANCE_FILL[stance])), `${stance} fill ${STANCE_FILL[stance]} on the map`).toBeGreaterThan(40);
  }
});
