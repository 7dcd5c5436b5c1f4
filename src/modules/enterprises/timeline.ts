import type { Milestone, TimelineEntry } from './schema.js';

type Figures = NonNullable<TimelineEntry['figures']>;

/**
 * The enterprise page's timeline: when it settled, its milestones and its years of figures, oldest first.
 * A year of figures is placed at the year's end (the period it closes); undated milestones come last,
 * known but not placed in time.
 */
export function timelineOf(
  e: { settledOn: string | null; source: string; isDemo: boolean },
  milestones: readonly Milestone[],
  metrics: readonly Figures[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (e.settledOn) {
    entries.push({
      kind: 'settled',
      date: e.settledOn,
      year: Number(e.settledOn.slice(0, 4)),
      milestone: null,
      figures: null,
      source: e.source,
      isDemo: e.isDemo,
    });
  }
  for (const m of milestones) {
    entries.push({
      kind: 'milestone',
      date: m.occurredOn,
      year: m.occurredOn ? Number(m.occurredOn.slice(0, 4)) : null,
      milestone: m,
      figures: null,
      source: m.source,
      isDemo: m.isDemo,
    });
  }
  for (const f of metrics) {
    entries.push({
      kind: 'metrics',
      date: `${f.year}-12-31`,
      year: f.year,
      milestone: null,
      figures: f,
      source: f.source,
      isDemo: f.isDemo,
    });
  }
  // ISO dates sort as text; the undated last, in the order they were given.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (a.entry.date === b.entry.date) return a.index - b.index;
      if (a.entry.date === null) return 1;
      if (b.entry.date === null) return -1;
      return a.entry.date < b.entry.date ? -1 : 1;
    })
    .map(({ entry }) => entry);
}
