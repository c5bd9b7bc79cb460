// Stacked bars in plain SVG (no chart library: a few rects need no dependency, and nothing inline
// to allow in the CSP). The picture is for the eye; its numbers are in the table beside it.
import styles from './stats.module.css';

export interface BarSeries {
  label: string;
  className: string;
  values: readonly number[];
}

interface BarChartProps {
  series: readonly BarSeries[];
  /** What the chart shows, in words, for screen readers. */
  label: string;
  startLabel: string;
  endLabel: string;
  /** How the tallest bar's value is written. */
  formatMax?: (n: number) => string;
}

export function BarChart({ series, label, startLabel, endLabel, formatMax = (n) => n.toLocaleString('en-US') }: BarChartProps) {
  const n = series[0]?.values.length ?? 0;
  const totals = Array.from({ length: n }, (_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  const max = Math.max(1, ...totals);
  const width = Math.max(1, n) * 10;
  return (
    <div>
      <p className={styles.axis} aria-hidden="true">
        <span>max {formatMax(max)}</span>
      </p>
      <svg className={styles.chart} viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" role="img" aria-label={label}>
        {Array.from({ length: n }, (_, i) => {
          let y = 100;
          return series.map((s) => {
            const h = (s.values[i] / max) * 100;
            y -= h;
            return h > 0 ? (
              <rect key={`${s.label}-${i}`} className={styles[s.className]} x={i * 10 + 1} y={y} width={8} height={h} />
            ) : null;
          });
        })}
        <line className={styles.baseline} x1={0} y1={100} x2={width} y2={100} />
      </svg>
      <p className={styles.axis} aria-hidden="true">
        <span>{startLabel}</span>
        <span>{endLabel}</span>
      </p>
      {series.length > 1 && (
        <ul className={styles.legend} aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`${styles.swatch} ${styles[s.className]}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
