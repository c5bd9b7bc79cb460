'use client';
// The switch for the game's optional sounds (off by default; this device only).
import { setSoundOn, useSoundOn } from './quiz-sound';

export function SoundToggle() {
  const on = useSoundOn();
  return (
    <label className="check">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => setSoundOn(e.target.checked)} />
      Sound
    </label>
  );
}
