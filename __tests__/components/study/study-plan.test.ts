import { planFromParams, planHref, type StudyPlan } from '@/components/study/study-plan';

const plan = (qs: string) => planFromParams(new URLSearchParams(qs));

describe('what /study’s URL asks for', () => {
  it('reads one deck, every deck, a chosen set, and custom study', () => {
    expect(plan('deck=runc')).toEqual({ kind: 'deck', deckId: 'runc' });
    expect(plan('all=1')).toEqual({ kind: 'decks', deckIds: null });
    expect(plan('decks=a,b')).toEqual({ kind: 'decks', deckIds: ['a', 'b'] });
    expect(plan('custom=ahead&days=3')).toEqual({ kind: 'custom', spec: { kind: 'ahead', days: 3, deckId: null } });
    expect(plan('custom=forgotten&days=7&deck=runc')).toEqual({ kind: 'custom', spec: { kind: 'forgotten', days: 7, deckId: 'runc' } });
    expect(plan('custom=preview&q=shim&state=new')).toEqual({
      kind: 'custom',
      spec: { kind: 'preview', deckId: null, text: 'shim', status: 'new' },
    });
    expect(plan('custom=preview&deck=cri&version=1.7')).toEqual({
      kind: 'custom',
      spec: { kind: 'preview', deckId: 'cri', text: '', status: 'all', version: '1.7' },
    });
  });

  it('asks for nothing (Study now’s pick) when the URL is empty or nonsense', () => {
    expect(plan('')).toBeNull();
    expect(plan('custom=ahead&days=0')).toBeNull();
    expect(plan('custom=ahead&days=1.5')).toBeNull();
    expect(plan('custom=forgotten&days=400')).toBeNull();
    expect(plan('custom=teleport')).toBeNull();
    expect(plan('custom=preview&version=9.9')).toEqual({
      kind: 'custom',
      spec: { kind: 'preview', deckId: null, text: '', status: 'all' },
    });
    expect(plan('custom=preview&state=bogus')).toEqual({
      kind: 'custom',
      spec: { kind: 'preview', deckId: null, text: '', status: 'all' },
    });
  });

  it('writes a URL that reads back as the same plan', () => {
    const plans: StudyPlan[] = [
      { kind: 'deck', deckId: 'runc' },
      { kind: 'decks', deckIds: null },
      { kind: 'decks', deckIds: ['a', 'b'] },
      { kind: 'custom', spec: { kind: 'ahead', days: 2, deckId: 'cri' } },
      { kind: 'custom', spec: { kind: 'preview', deckId: null, text: 'a & b', status: 'review' } },
      { kind: 'custom', spec: { kind: 'preview', deckId: 'cri', text: '', status: 'all', version: 'latest' } },
    ];
    for (const p of plans) expect(plan(planHref(p).split('?')[1])).toEqual(p);
  });
});
