// A refused join reads as advice, from the server's code, never as the server's raw text; the
// nickname box stops where the server's limit does.
import { fireEvent, render, screen } from '@testing-library/react';

import { JoinForm } from '@/components/quiz/live/join-form';
import { joinErrorMessage } from '@/components/quiz/live/join-messages';
import type { JoinErrorCode } from '@/lib/quiz/join-errors';
import { ApiError, joinGame, UNREACHABLE } from '@/lib/quiz/live-client';
import { NICKNAME_MAX } from '@/lib/quiz/nickname';

import { installFakeFetch } from '../fake-fetch';

const refused = (status: number, code: JoinErrorCode | undefined, error = 'raw server text') => new ApiError(error, status, code);

describe('joinErrorMessage', () => {
  it.each([
    ['game_not_found', 404, 'There is no game with code 123 456. Check the code on the host’s screen.'],
    ['lobby_locked', 403, 'The host has locked this game: nobody new can join. Ask the host to unlock it, then try again.'],
    ['nickname_taken', 409, 'Someone in this game is already called “Ana” (or a name that looks the same). Choose another nickname.'],
    [
      'nickname_removed',
      403,
      'The host removed a player with this nickname (or one that looks the same) from this game. Choose another nickname.',
    ],
    [
      'nickname_invalid',
      400,
      `Choose a nickname of 1 to ${NICKNAME_MAX} characters that others can see: letters, digits, spaces or emoji.`,
    ],
    ['game_full', 409, 'This game is full. Ask the host whether someone can make room.'],
    ['game_over', 409, 'That game has ended. Ask the host for the code of the next one.'],
    ['rate_limited', 429, 'Too many tries to join from this network. Wait a minute, then try again.'],
    ['invalid_request', 400, `Check the code (6 digits) and the nickname (1 to ${NICKNAME_MAX} characters), then try again.`],
  ] as const)('words %s', (code, status, message) => {
    const text = joinErrorMessage(refused(status, code), '123456', ' Ana ');
    expect(text).toBe(message);
    expect(text).not.toContain('raw server text');
  });

  it('falls back on the status when a server sends no code it knows', async () => {
    expect(joinErrorMessage(refused(503, undefined), '123456', 'Ana')).toBe('The quiz server is busy. Try again in a moment.');
    expect(joinErrorMessage(refused(500, undefined), '123456', 'Ana')).toBe('The quiz server had a problem. Try again in a moment.');
    installFakeFetch({
      'POST /api/join': () => ({ status: 403, body: { error: 'the host removed this nickname', code: 'something_new' } }),
    });
    const error = await joinGame('123456', 'Ana').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: undefined });
    expect(joinErrorMessage(error, '123456', 'Ana')).toBe(
      'The game refused to let you join (the server said: the host removed this nickname).',
    );
    expect(joinErrorMessage(new ApiError(UNREACHABLE, 0), '123456', 'Ana')).toBe(UNREACHABLE);
  });
});

describe('ApiError', () => {
  it('keeps the code of an error body', async () => {
    installFakeFetch({ 'POST /api/join': () => ({ status: 404, body: { error: 'no game with this code', code: 'game_not_found' } }) });
    await expect(joinGame('123456', 'Ana')).rejects.toMatchObject({
      status: 404,
      code: 'game_not_found',
      message: 'no game with this code',
    });
  });
});

describe('JoinForm', () => {
  it(`stops the nickname at the server's limit (${NICKNAME_MAX})`, () => {
    render(<JoinForm initialCode="123456" error={null} busy={false} onJoin={() => undefined} />);
    const box = screen.getByRole('textbox', { name: 'Nickname' });
    expect(box).toHaveAttribute('maxLength', String(NICKNAME_MAX));
    expect(screen.getByText(`1 to ${NICKNAME_MAX} characters; the host and the other players see it.`)).toBeInTheDocument();
  });

  it('shows the message it is given as an alert', () => {
    const onJoin = jest.fn();
    render(<JoinForm initialCode="123456" error="There is no game with code 123 456." busy={false} onJoin={onJoin} />);
    expect(screen.getByRole('alert')).toHaveTextContent('There is no game with code 123 456.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Nickname' }), { target: { value: 'Ana' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join the game' }));
    expect(onJoin).toHaveBeenCalledWith('123456', 'Ana');
  });
});
