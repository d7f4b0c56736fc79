// Pins the one Importer contract every tracker source implements: a format, a label, a cheap
// `recognises` and a `toDraft` that maps the source to a DraftBacklog under the config, or
// returns the input's problems (core's Result with trackers' literal problem codes).

import type { ProblemCode, Result } from '@trailmap/core';
import type {
  CsvTable,
  DraftBacklog,
  Importer,
  ImportFormat,
  InputProblem,
  InputProblemCode,
  InputResult,
  JsonDocument,
  TrailmapConfig,
} from '@trailmap/trackers';
import {
  jiraCsvImporter,
  jiraRestImporter,
  linearCsvImporter,
  trailmapJsonImporter,
} from '@trailmap/trackers';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/trackers Importer', () => {
  it('has a format, a label, recognises and toDraft', () => {
    expectTypeOf<Importer<CsvTable>['format']>().toEqualTypeOf<ImportFormat>();
    expectTypeOf<Importer<CsvTable>['label']>().toEqualTypeOf<string>();
    expectTypeOf<Importer<CsvTable>['recognises']>().toEqualTypeOf<(input: CsvTable) => boolean>();
    expectTypeOf<Importer<CsvTable>['toDraft']>().toEqualTypeOf<
      (input: CsvTable, config: TrailmapConfig) => InputResult<DraftBacklog>
    >();
  });

  it('returns core Result with located problems whose codes are literals', () => {
    expectTypeOf<InputResult<DraftBacklog>>().toEqualTypeOf<Result<DraftBacklog, InputProblem>>();
    expectTypeOf<InputProblem['code']>().toEqualTypeOf<InputProblemCode>();
    expectTypeOf<ProblemCode>().toExtend<InputProblemCode>();
    expectTypeOf<'missing_column'>().toExtend<InputProblemCode>();
    expectTypeOf<'some_string'>().not.toExtend<InputProblemCode>();
    expectTypeOf<InputProblem>().toHaveProperty('file').toEqualTypeOf<string>();
  });

  it('every source is an Importer of its input: CSV tables or JSON documents', () => {
    expectTypeOf(jiraCsvImporter).toEqualTypeOf<Importer<CsvTable>>();
    expectTypeOf(linearCsvImporter).toEqualTypeOf<Importer<CsvTable>>();
    expectTypeOf(jiraRestImporter).toEqualTypeOf<Importer<JsonDocument>>();
    expectTypeOf(trailmapJsonImporter).toEqualTypeOf<Importer<JsonDocument>>();
  });

  it('names every source once', () => {
    expectTypeOf<ImportFormat>().toEqualTypeOf<
      'jira-csv' | 'jira-rest' | 'linear-csv' | 'linear-graphql' | 'trailmap-json'
    >();
  });
});
