'use client';
// Settings' "FSRS parameters": where the scheduler's parameters come from (defaults, fitted to the
// learner's reviews here, or entered by hand), the last optimizer run's figures on the hold-out
// (default vs personal), and the learner's controls: optimize now, revert to defaults or to the previous ones.
import { useState } from 'react';

import {
  MIN_TEST_ITEMS,
  MIN_TRAIN_ITEMS,
  originOf,
  RERUN_AFTER_REVIEWS,
  type OptimizerRecord,
  type OptimizerRun,
} from '@/lib/insight/optimizer-decision';

import { useDb, usePrefs } from '../db-provider';
import { phaseText, startOptimizer, useOptimizerStatus } from '../optimizer/optimizer-client';
import { useLiveValue } from '../use-live-value';
import styles from './fsrs-parameters.module.css';

const EMPTY: OptimizerRecord = { lastRun: null, personal: null, previous: null };

const ORIGIN_TEXT = {
  default: 'FSRS-6 defaults',
  personal: 'personal, fitted to your reviews on this device',
  hand: 'entered by hand',
} as const;

const when = (at: number) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const figure = (x: number) => x.toFixed(4);

function Figures({ run }: { run: OptimizerRun }) {
  return (
    <table className={styles.table}>
      <caption>
        Trained on {run.trainItems.toLocaleString('en-US')} earlier reviews, judged on the latest {run.testItems.toLocaleString('en-US')}{' '}
        (lower is better).
      </caption>
      <thead>
        <tr>
          <th scope="col">Parameters</th>
          <th scope="col">Log loss</th>
          <th scope="col">RMSE (bins)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Defaults</th>
          <td>{figure(run.defaults.logLoss)}</td>
          <td>{figure(run.defaults.rmseBins)}</td>
        </tr>
        <tr>
          <th scope="row">Personal</th>
          <td>{figure(run.personal.logLoss)}</td>
          <td>{figure(run.personal.rmseBins)}</td>
        </tr>
        {run.current && (
          <tr>
            <th scope="row">Those in use then</th>
            <td>{figure(run.current.logLoss)}</td>
            <td>{figure(run.current.rmseBins)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function FsrsParameters() {
  const { db, store } = useDb();
  const prefs = usePrefs();
  const record = useLiveValue(db && store ? () => store.readOptimizerRecord(db) : null, [db, store], EMPTY);
  const status = useOptimizerStatus();
  const [message, setMessage] = useState<string | null>(null);
  const weights = prefs.srs.weights;
  const origin = originOf(weights, record);
  const run = record.lastRun;
  const previousDiffers = JSON.stringify(record.previous) !== JSON.stringify(weights) && (run !== null || record.previous !== null);

  const revertTo = async (to: 'defaults' | 'previous') => {
    if (!db || !store) return;
    await store.revertParameters(db, to);
    setMessage(to === 'defaults' ? 'Now using the FSRS-6 defaults.' : 'Now using the previous parameters.');
  };

  const spoken = status.running ? phaseText(status) : (message ?? status.result?.message ?? '');

  return (
    <div className="stack">
      <p>
        In use: <strong>{ORIGIN_TEXT[origin]}</strong>.
      </p>
      {run ? (
        <>
          <p className="muted">Last run {when(run.at)}.</p>
          <Figures run={run} />
          <p>{run.reason}</p>
        </>
      ) : (
        <p className="muted">
          Not run yet. The optimizer needs {MIN_TRAIN_ITEMS + MIN_TEST_ITEMS} reviews made on a later day than the card’s previous one.
        </p>
      )}
      <p className="muted">
        It fits parameters to your earlier reviews and keeps them only if they predict your latest fifth better than the defaults. It runs
        by itself after every {RERUN_AFTER_REVIEWS} new reviews, on this device.
      </p>
      {status.running && <progress className={styles.progress} aria-label="Optimizer progress" />}
      <p role="status" className={status.running ? undefined : status.result?.kind === 'failed' ? 'error-text' : 'muted'}>
        {spoken}
      </p>
      <div className="row">
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={status.running || !db}
          onClick={() => {
            setMessage(null);
            startOptimizer();
          }}
        >
          Optimize now
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={origin === 'default' || status.running}
          onClick={() => void revertTo('defaults')}
        >
          Revert to defaults
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!previousDiffers || status.running}
          onClick={() => void revertTo('previous')}
        >
          Revert to previous
        </button>
      </div>
    </div>
  );
}
