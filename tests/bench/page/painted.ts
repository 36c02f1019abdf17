// The one "until it shows" clock of the edit-to-pixels bench, used in the bench page and injected as
// the same text into the app's page (plain JS: a transpiled function would carry tsx's helpers):
// from `start` until the frame after `shown()` first holds — the check runs in each animation frame,
// and Cytoscape draws a changed style in its next frame.
export const UNTIL_PAINTED_JS = `(start, shown) => new Promise((resolve) => {
  const tick = () => {
    if (shown()) requestAnimationFrame(() => resolve(performance.now() - start));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export type UntilPainted = (start: number, shown: () => boolean) => Promise<number>;

// The bench page runs the very text the app's page gets.
export const untilPainted = new Function(`return ${UNTIL_PAINTED_JS}`)() as UntilPainted;
