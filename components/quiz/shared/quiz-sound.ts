'use client';
// Optional game sounds, off until the player or host turns them on (kept per device in
// localStorage). Tones are generated with WebAudio, so nothing is downloaded and nothing plays
// that the game needs: every sound has its words on screen and in a live region. With
// `prefers-reduced-motion` the last-seconds ticking stays quiet (start and reveal still sound).
import { useEffect, useRef, useSyncExternalStore } from 'react';

const KEY = 'quiz-sound';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function setSoundOn(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage blocked: the choice lasts as long as nothing re-reads it.
  }
  listeners.forEach((l) => l());
}

export function useSoundOn(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    read,
    () => false,
  );
}

export type Cue = 'start' | 'tick' | 'reveal';

/** Frequencies (Hz) played one after another, each `ms` long. */
const CUES: Record<Cue, { notes: number[]; ms: number }> = {
  start: { notes: [523, 659, 784], ms: 110 },
  tick: { notes: [880], ms: 60 },
  reveal: { notes: [784, 1047], ms: 160 },
};

let context: AudioContext | undefined;

export function playCue(cue: Cue): void {
  const Ctor = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (Ctor === undefined) return;
  context ??= new Ctor();
  const ctx = context;
  const { notes, ms } = CUES[cue];
  notes.forEach((frequency, i) => {
    const start = ctx.currentTime + (i * ms) / 1000;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + ms / 1000);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + ms / 1000 + 0.02);
  });
}

const reducedMotion = () => typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Plays the game's cues when sound is on: a question opening, each of the last five seconds, the
 * reveal. `deadline` is the answering deadline on this device's clock (null outside answering).
 */
export function useGameSounds(phase: string, questionIndex: number | null, deadline: number | null): void {
  const on = useSoundOn();
  const last = useRef<string>('');
  useEffect(() => {
    const key = `${phase}:${questionIndex}`;
    if (key === last.current) return;
    last.current = key;
    if (!on) return;
    if (phase === 'answering') playCue('start');
    if (phase === 'reveal') playCue('reveal');
  }, [on, phase, questionIndex]);
  useEffect(() => {
    if (!on || deadline === null || phase !== 'answering' || reducedMotion()) return;
    const timers: ReturnType<typeof setTimeout>[] = [];
    for (let s = 5; s >= 1; s--) {
      const wait = deadline - s * 1000 - Date.now();
      if (wait >= 0) timers.push(setTimeout(() => playCue('tick'), wait));
    }
    return () => timers.forEach(clearTimeout);
  }, [on, deadline, phase]);
}
