import * as core from '@trailmap/core';
import { type AppResult, fail, ok } from '../errors/appError.ts';

// Core's feedback labeller is being built in parallel; its barrel may not export it yet. This
// port names the contract the app relies on and looks the functions up at run time, so the app
// compiles either way and reports `core_unavailable` instead of faking a classifier.

/** A labelled ticket for training. */
export interface LabelExample {
  title: string;
  body?: string;
  labels: readonly string[];
}

/** A label with calibrated confidence 0–1. */
export interface LabelScore {
  label: string;
  confidence: number;
}

/** Core's prediction for one ticket. */
export interface LabelPrediction {
  modelVersion: string;
  labels: LabelScore[];
  ranked: LabelScore[];
  abstained: boolean;
  mode: 'apply' | 'suggest';
}

/** Opaque trained model (core's `LabelModel`). */
export type LabelModel = { readonly version: string } & Record<string, unknown>;

type CoreResult<T> = { ok: true; value: T } | { ok: false; problems: Array<{ field: string; code: string; message: string }> };

/** The functions of core's feedback area the app uses. */
export interface LabellerPort {
  trainLabeller(examples: readonly LabelExample[], options?: { maxModelBytes?: number; seed?: number }): CoreResult<LabelModel>;
  predictLabels(model: LabelModel, ticket: { title: string; body?: string }): LabelPrediction;
  serialiseModel(model: LabelModel): string;
  deserialiseModel(input: string): CoreResult<LabelModel>;
}

const REQUIRED = ['trainLabeller', 'predictLabels', 'serialiseModel', 'deserialiseModel'] as const;

/**
 * Core's labeller functions, or `core_unavailable` naming what is missing from `@trailmap/core`.
 *
 * @example
 * const port = labellerPort(); if (port.ok) port.value.predictLabels(model, { title: 'Crash' });
 */
export function labellerPort(source: object = core): AppResult<LabellerPort> {
  const missing = REQUIRED.filter((name) => typeof Reflect.get(source, name) !== 'function');
  if (missing.length > 0) return fail({ kind: 'core_unavailable', feature: `feedback labeller (${missing.join(', ')})` });
  const fn = (name: (typeof REQUIRED)[number]) => Reflect.get(source, name) as (...args: unknown[]) => unknown;
  return ok({
    trainLabeller: (examples, options) => fn('trainLabeller')(examples, options ?? {}) as CoreResult<LabelModel>,
    predictLabels: (model, ticket) => fn('predictLabels')(model, ticket) as LabelPrediction,
    serialiseModel: (model) => fn('serialiseModel')(model) as string,
    deserialiseModel: (input) => fn('deserialiseModel')(input) as CoreResult<LabelModel>,
  });
}
