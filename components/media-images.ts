'use client';
// Images of imported decks live in IndexedDB (the media table); their cards name them in data-media.
// This fills each such <img> with a blob: URL made once per image and visit, so they show offline and
// no card's HTML ever points anywhere but this page's own memory.
import { useEffect, type RefObject } from 'react';

import { loadDbModule } from './lazy-db';

const urls = new Map<string, Promise<string | null>>();

function mediaUrl(name: string): Promise<string | null> {
  let url = urls.get(name);
  if (!url) {
    url = loadDbModule()
      .then((m) => m.getMedia(m.getDb(), name))
      .then((row) => (row ? URL.createObjectURL(new Blob([row.bytes as BlobPart], { type: row.type })) : null))
      .catch(() => null);
    urls.set(name, url);
  }
  return url;
}

export function useMediaImages(ref: RefObject<HTMLElement | null>, html: string): void {
  useEffect(() => {
    if (!html.includes('data-media')) return;
    let live = true;
    for (const img of ref.current?.querySelectorAll<HTMLImageElement>('img[data-media]') ?? []) {
      const name = img.dataset.media ?? '';
      if (!img.alt) img.alt = name;
      void mediaUrl(name).then((url) => {
        if (live && url) img.src = url;
      });
    }
    return () => {
      live = false;
    };
  }, [ref, html]);
}
