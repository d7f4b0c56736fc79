import { describe, expect, it } from 'vitest';
import { effortFactor } from './effortFactor';
import { RICE, RICE_OPEN } from './rice/rice';
import { VALUE_EFFORT } from './valueEffort/valueEffort';

describe('effortFactor', () => {
  it('accepts only numbers > 0, since effort divides', () => {
    const { parse } = effortFactor({ expects: 'a number > 0' });
    expect([parse(2), parse('0.5'), parse(0), parse(-1), parse('x')]).toEqual([
      2,
      0.5,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });

  it('keeps what each framework passes in, including its own expects text', () => {
    const effort = (factors: typeof RICE.factors) => factors.find((f) => f.name === 'effort');
    expect(effort(RICE.factors)).toMatchObject({
      op: 'divide',
      expects: 'person-months > 0 (minimum 0.5)',
      neutral: 1,
      minKey: 'effort_min',
      maxKey: 'effort_max',
    });
    expect(effort(RICE_OPEN.factors)).toMatchObject({ expects: 'a number > 0', neutral: 1 });
    expect(effort(RICE_OPEN.factors)?.fallback).toBe(effort(RICE.factors)?.fallback);
    expect(effort(VALUE_EFFORT.factors)).toMatchObject({
      expects: 'a number > 0 (1–10 by default)',
      neutral: 5.5,
    });
    expect(effort(VALUE_EFFORT.factors)).not.toHaveProperty('fallback');
  });
});
