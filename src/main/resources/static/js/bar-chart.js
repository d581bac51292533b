// Bar charts drawn with Chart.js (from its WebJar). Each chart comes with the same numbers as a list of buttons, so
// keyboards and screen readers can use what a mouse clicks on the canvas.
import { h } from './dom.js';

const BASE_OPTIONS = {
  animation: false,
  maintainAspectRatio: false,
  scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
};

/**
 * A chart of `labels` against one or more `datasets` ({ label, data, colour }); `onPick(index)` runs when a bar is
 * clicked.
 */
export function barChart({ labels, datasets, description, onPick }) {
  const canvas = h('canvas', { role: 'img', 'aria-label': description });
  const element = h('div', { class: 'chart' }, canvas);
  queueMicrotask(() => new globalThis.Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map(({ label, data, colour }) => ({ label, data, backgroundColor: colour, maxBarThickness: 56 })),
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: { display: datasets.length > 1 } },
      onClick: (event, bars) => bars.length && onPick?.(bars[0].index),
    },
  }));
  return element;
}
