import { useLayoutEffect, useState, type RefObject } from 'react';

/** Space kept under the box: the main area's bottom padding. */
const BOTTOM_GAP = 24;
const MIN_HEIGHT = 320;

/** The height that takes a box from where it starts on the page down to the bottom of the window. */
export function fillHeightFor(documentTop: number, windowHeight: number, bottomGap = BOTTOM_GAP): number {
  return Math.max(MIN_HEIGHT, Math.floor(windowHeight - documentTop - bottomGap));
}

/**
 * Sizes a box (the log grid and its detail pane) to fill the window below whatever is above it, which
 * changes with the filter bar wrapping or a message showing; re-measured on resize and layout shifts.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, active: boolean): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!active || !box) return;
    const measure = () => {
      const top = box.getBoundingClientRect().top + window.scrollY;
      const next = fillHeightFor(top, window.innerHeight);
      setHeight((current) => (current === next ? current : next));
    };
    measure();
    window.addEventListener('resize', measure);
    // Whatever sits above the box (filters, messages) moves it down or up.
    const above = box.parentElement;
    const observer = above ? new ResizeObserver(measure) : null;
    if (above) observer?.observe(above);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref, active]);
  return height;
}
