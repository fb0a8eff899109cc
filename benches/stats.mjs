// The summary statistics every benchmark reports.

const sorted = (xs) => [...xs].sort((a, b) => a - b);

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The 95th percentile: the value 95 % of the list is at or below (nearest rank). */
export function p95(xs) {
  return sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
}

/** The smallest and largest of a list, as « min – max », each written by `show`. */
export function range(xs, show = (x) => x.toFixed(0)) {
  return `${show(Math.min(...xs))} – ${show(Math.max(...xs))}`;
}
