/** Which way the frequentist test looks: both tails, or treatment greater / less than control. */
export type Alternative = 'two-sided' | 'greater' | 'less';

/** A confidence or credible interval; a one-sided bound is ±Infinity (JSON shows null). */
export type Interval = [number, number];
