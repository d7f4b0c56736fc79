// Pins core's result type: expected failures are data, `ok` discriminates, and a failure always
// carries at least one problem that names its field.
import type { CalendarDate, Problem, Result, WorkItem, WorkItemSchema } from '@trailmap/core/model';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

describe('@trailmap/core/model', () => {
  it('Result<T> narrows on ok to the value or to a non-empty problem list', () => {
    const r = {} as Result<number>;
    if (r.ok) {
      expectTypeOf(r.value).toEqualTypeOf<number>();
      expectTypeOf(r).not.toHaveProperty('problems');
    } else {
      expectTypeOf(r.problems).toEqualTypeOf<[Problem, ...Problem[]]>();
      expectTypeOf(r).not.toHaveProperty('value');
    }
  });

  it('Problem names the field, a machine code and one human sentence', () => {
    expectTypeOf<Problem['field']>().toEqualTypeOf<string>();
    expectTypeOf<Problem['code']>().toExtend<string>();
    expectTypeOf<Problem['message']>().toEqualTypeOf<string>();
  });

  it('WorkItem is what WorkItemSchema parses to, with day-precision dates', () => {
    expectTypeOf<z.output<typeof WorkItemSchema>>().toEqualTypeOf<WorkItem>();
    expectTypeOf<WorkItem['key']>().toEqualTypeOf<string>();
    expectTypeOf<CalendarDate>().toExtend<string>();
  });
});
