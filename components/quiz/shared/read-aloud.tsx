'use client';
// "Read aloud" on a player's phone: the browser's own speech synthesis reads the question and its
// options (offline where the device's voices are local). Hidden when the browser offers no voice.
import { useEffect, useState, useSyncExternalStore } from 'react';

import { questionSpeech } from './plain-text';

function subscribeVoices(onChange: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
}

const hasVoices = () => typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().length > 0;

export function ReadAloud({ prompt, options }: { prompt: string; options: readonly string[] | null }) {
  const available = useSyncExternalStore(subscribeVoices, hasVoices, () => false);
  const [speaking, setSpeaking] = useState(false);
  const text = questionSpeech(prompt, options);

  // A new question (or leaving the screen) stops the reading of the old one.
  useEffect(
    () => () => {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
      setSpeaking(false);
    },
    [text],
  );

  if (!available) return null;
  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="btn btn-small self-start" onClick={toggle}>
      {speaking ? 'Stop reading' : 'Read aloud'}
    </button>
  );
}
