// Hand-made planning inputs whose optimum is known, shared by core's planner tests and the HiGHS
// worker's (plain data: each suite validates it with core's validatePlanningModel).

/**
 * One release of capacity 6 where density greedy takes `a` (10 per 4) first and then cannot fit
 * `b` + `c`; the optimum takes `b` and `c` for 14.
 *
 * @example
 * const plan = await planExact(valid(KNAPSACK_TRAP), solver); // plan.value === 14
 */
export const KNAPSACK_TRAP = {
  items: [
    { id: 'a', cost: 4, value: 10 },
    { id: 'b', cost: 3, value: 7 },
    { id: 'c', cost: 3, value: 7 },
  ],
  releases: [{ id: 'r1', capacity: 6 }],
};
