'use client';
// Browse's search box and filters: text, deck, state, and whether retired cards show.
import { isStudyLine, STUDY_LINES, studyLineLabel, type StudyLine } from '@/lib/decks/releases';
import type { DeckChoice, StatusFilter } from '@/lib/db/browse-queries';

import styles from './browse.module.css';

export const STATUSES: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All states' },
  { value: 'new', label: 'New' },
  { value: 'learning', label: 'Learning' },
  { value: 'review', label: 'Review' },
  { value: 'suspended', label: 'Suspended' },
];

export function isStatusFilter(value: string | null): value is StatusFilter {
  return STATUSES.some((s) => s.value === value);
}

export interface Filters {
  text: string;
  deckId: string | null;
  status: StatusFilter;
  showRetired: boolean;
  version: StudyLine | null;
}

export function BrowseFilters({
  filters,
  decks,
  onChange,
}: {
  filters: Filters;
  decks: DeckChoice[];
  onChange: (next: Partial<Filters>) => void;
}) {
  return (
    <form className={styles.filters} role="search" onSubmit={(e) => e.preventDefault()}>
      <div className={`field ${styles.wide}`}>
        <label htmlFor="browse-text">Search cards</label>
        <input
          id="browse-text"
          type="search"
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
          placeholder="e.g. SystemdCgroup"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
        />
      </div>
      <div className={`field ${styles.wide}`}>
        <label htmlFor="browse-deck">Deck</label>
        <select id="browse-deck" value={filters.deckId ?? ''} onChange={(e) => onChange({ deckId: e.target.value || null })}>
          <option value="">All decks</option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="browse-status">State</label>
        <select
          id="browse-status"
          value={filters.status}
          onChange={(e) => onChange({ status: isStatusFilter(e.target.value) ? e.target.value : 'all' })}
        >
          {STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="browse-version">containerd version</label>
        <select
          id="browse-version"
          value={filters.version ?? ''}
          onChange={(e) => onChange({ version: isStudyLine(e.target.value) ? e.target.value : null })}
        >
          <option value="">All versions</option>
          {STUDY_LINES.map((line) => (
            <option key={line} value={line}>
              {studyLineLabel(line)}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={filters.showRetired} onChange={(e) => onChange({ showRetired: e.target.checked })} />
        Show retired cards
      </label>
    </form>
  );
}
