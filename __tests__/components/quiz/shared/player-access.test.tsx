// Every player can play: "Read aloud" with the browser's voices (hidden without any), the question
// announced in a live region when it opens, and optional sounds, off by default, as a switch.
import { act, fireEvent, render, screen } from '@testing-library/react';

import { PlayerGame } from '@/components/quiz/live/player-game';
import { INITIAL_PLAYER_VIEW, playerReducer } from '@/components/quiz/live/player-view';
import { questionSpeech } from '@/components/quiz/shared/plain-text';
import { playCue, useSoundOn } from '@/components/quiz/shared/quiz-sound';
import { SoundToggle } from '@/components/quiz/shared/sound-toggle';

const OPEN = {
  at: Date.now(),
  index: 1,
  total: 5,
  deckId: 'runc',
  prompt: 'Which **runtime** does `ctr` use?',
  kind: 'choice' as const,
  options: ['runc', 'crun'],
  endsAt: Date.now() + 20_000,
};
const answering = () => playerReducer(INITIAL_PLAYER_VIEW, { name: 'question-open', data: OPEN }, OPEN.at);

type Speech = {
  speak: jest.Mock;
  cancel: jest.Mock;
  getVoices: () => unknown[];
  addEventListener: jest.Mock;
  removeEventListener: jest.Mock;
};
function installSpeech(voices: unknown[]): Speech {
  const speech: Speech = {
    speak: jest.fn(),
    cancel: jest.fn(),
    getVoices: () => voices,
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
  };
  Object.assign(globalThis, {
    speechSynthesis: speech,
    SpeechSynthesisUtterance: class {
      constructor(public text: string) {}
    },
  });
  return speech;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).speechSynthesis;
  localStorage.clear();
});

it('reads the question and its options aloud on request, as plain words', () => {
  const speech = installSpeech([{ name: 'en' }]);
  render(<PlayerGame view={answering()} nickname="Ana" onAnswer={() => undefined} />);
  fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
  expect(speech.speak).toHaveBeenCalledWith(expect.objectContaining({ text: 'Which runtime does ctr use? A: runc. B: crun.' }));
  expect(screen.getByRole('button', { name: 'Stop reading' })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
  expect(speech.cancel).toHaveBeenCalled();
});

it('offers no Read aloud button when the browser has no voice or no speech synthesis', () => {
  installSpeech([]);
  const { unmount } = render(<PlayerGame view={answering()} nickname="Ana" onAnswer={() => undefined} />);
  expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  unmount();
  delete (globalThis as Record<string, unknown>).speechSynthesis;
  render(<PlayerGame view={answering()} nickname="Ana" onAnswer={() => undefined} />);
  expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
});

it('announces the question and its options once in a polite live region when answering opens', () => {
  const { container } = render(<PlayerGame view={answering()} nickname="Ana" onAnswer={() => undefined} />);
  const regions = [...container.querySelectorAll('[aria-live="polite"]')].map((r) => r.textContent);
  expect(regions).toContain('Question 2 of 5: Which runtime does ctr use? A: runc. B: crun.');
  expect(questionSpeech('See [the docs](https://x)', null)).toBe('See the docs');
});

it('keeps sound off by default; the switch turns it on and remembers it on this device', () => {
  function Probe() {
    return <p>{useSoundOn() ? 'sound on' : 'sound off'}</p>;
  }
  render(
    <>
      <SoundToggle />
      <Probe />
    </>,
  );
  const toggle = screen.getByRole('switch', { name: 'Sound' });
  expect(toggle).not.toBeChecked();
  expect(screen.getByText('sound off')).toBeInTheDocument();
  act(() => {
    fireEvent.click(toggle);
  });
  expect(toggle).toBeChecked();
  expect(screen.getByText('sound on')).toBeInTheDocument();
  expect(localStorage.getItem('quiz-sound')).toBe('on');
});

it('makes its tones with WebAudio oscillators, nothing downloaded', () => {
  const started: number[] = [];
  const node = () => ({ connect: (n: unknown) => n, gain: { setValueAtTime: jest.fn(), exponentialRampToValueAtTime: jest.fn() } });
  class FakeAudio {
    currentTime = 0;
    destination = {};
    createGain = node;
    createOscillator = () => ({ ...node(), type: '', frequency: { value: 0 }, start: (t: number) => started.push(t), stop: jest.fn() });
  }
  Object.assign(window, { AudioContext: FakeAudio });
  playCue('start');
  expect(started).toHaveLength(3);
});
