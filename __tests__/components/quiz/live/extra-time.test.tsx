// Extra time for named players: the host picks it per player in the lobby, the host view follows the
// server's time-extended event.
import { fireEvent, render, screen } from '@testing-library/react';

import { PlayerChips } from '@/components/quiz/live/host-lobby';
import { hostReducer, INITIAL_HOST_VIEW } from '@/components/quiz/live/host-view';

describe('extra time per player', () => {
  it('offers each player a named choice of extra seconds and sends the one picked', () => {
    const onExtend = jest.fn();
    render(
      <PlayerChips
        players={[
          { playerId: 'p1', nickname: 'Ana', connected: true },
          { playerId: 'p2', nickname: 'Bo', connected: true, extraSeconds: 20 },
        ]}
        onKick={jest.fn()}
        onExtend={onExtend}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Extra time for Bo' })).toHaveValue('20');
    fireEvent.change(screen.getByRole('combobox', { name: 'Extra time for Ana' }), { target: { value: '40' } });
    expect(onExtend).toHaveBeenCalledWith('p1', 40);
  });

  it('shows the time the server granted', () => {
    const lobby = { ...INITIAL_HOST_VIEW, phase: 'lobby' as const, players: [{ playerId: 'p1', nickname: 'Ana', connected: true }] };
    const view = hostReducer(lobby, { name: 'time-extended', data: { at: 1, playerId: 'p1', seconds: 60 } }, 1);
    expect(view.players).toEqual([{ playerId: 'p1', nickname: 'Ana', connected: true, extraSeconds: 60 }]);
  });
});
