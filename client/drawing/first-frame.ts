// Marks the first frame sigma drew, for the browser tests and the performance budget, then yields to the page.

/** Navigation start is performance's time origin; the time is stamped on <html> as `data-first-frame`. */
export function firstFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      performance.mark('first-frame');
      document.documentElement.dataset.firstFrame = String(Math.round(performance.now()));
      setTimeout(resolve, 0);
    }),
  );
}
