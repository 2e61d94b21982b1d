// WCAG contrast of text as Chromium renders it: colours from computed styles, backgrounds and opacity composited.
import type { Page } from 'playwright-core';

/** WCAG 2 AA for normal-size text. */
const AA_TEXT = 4.5;

/**
 * Every element under `selector` with text of its own whose contrast with what lies behind it is below AA, as
 * "text (ratio)". Backgrounds are composited from the element up to the first opaque one; `opacity` on the
 * element or an ancestor fades the text into that background.
 */
export function lowContrastTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ([sel, minimum]) => {
      type Rgba = [number, number, number, number];
      const probe = document
        .createElement('canvas')
        .getContext('2d', { willReadFrequently: true })!;
      // The canvas resolves any CSS colour syntax (rgb(), color(srgb …), color-mix results) to pixels.
      const parse = (css: string): Rgba => {
        probe.clearRect(0, 0, 1, 1);
        probe.fillStyle = '#000';
        probe.fillStyle = css;
        probe.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
        return [r!, g!, b!, a! / 255];
      };
      const over = (top: Rgba, bottom: Rgba): Rgba => {
        const a = top[3] + bottom[3] * (1 - top[3]);
        const mix = (i: number) =>
          (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / (a || 1);
        return [mix(0), mix(1), mix(2), a];
      };
      const luminance = ([r, g, b]: Rgba) => {
        const lin = (c: number) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const background = (el: Element): Rgba => {
        const layers: Rgba[] = [];
        for (let at: Element | null = el; at; at = at.parentElement) {
          const c = parse(getComputedStyle(at).backgroundColor);
          if (c[3] > 0) layers.push(c);
          if (c[3] >= 1) break;
        }
        return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
      };
      const opacity = (el: Element) => {
        let o = 1;
        for (let at: Element | null = el; at; at = at.parentElement)
          o *= Number(getComputedStyle(at).opacity);
        return o;
      };
      const low: string[] = [];
      for (const el of document.querySelectorAll(`${sel}, ${sel} *`)) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent!.trim())
          .join(' ')
          .trim();
        if (!own) continue;
        const bg = background(el);
        const color = parse(getComputedStyle(el).color);
        const text = over([color[0], color[1], color[2], color[3] * opacity(el)], bg);
        const [l1, l2] = [luminance(text), luminance(bg)].sort((a, b) => b - a) as [number, number];
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < minimum) low.push(`${own.slice(0, 40)} (${ratio.toFixed(2)})`);
      }
      return low;
    },
    [selector, AA_TEXT] as const,
  );
}
