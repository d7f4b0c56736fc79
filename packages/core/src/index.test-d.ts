// Pins the root entry of @trailmap/core: every name it offers is the very same value or type as
// the one in its area's subpath (one definition, two doors), and benchmark formats stay out.
import * as core from '@trailmap/core';
import * as feedback from '@trailmap/core/feedback';
import * as model from '@trailmap/core/model';
import * as release from '@trailmap/core/release';
import * as render from '@trailmap/core/render';
import * as roadmap from '@trailmap/core/roadmap';
import * as scoring from '@trailmap/core/scoring';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/core root entry', () => {
  it('re-exports the subpaths’ own values, not copies', () => {
    expectTypeOf(core.scoreItem).toEqualTypeOf(scoring.scoreItem);
    expectTypeOf(core.scoreItems).toEqualTypeOf(scoring.scoreItems);
    expectTypeOf(core.buildRoadmap).toEqualTypeOf(roadmap.buildRoadmap);
    expectTypeOf(core.planHeuristic).toEqualTypeOf(release.planHeuristic);
    expectTypeOf(core.trainLabeller).toEqualTypeOf(feedback.trainLabeller);
    expectTypeOf(core.predictLabels).toEqualTypeOf(feedback.predictLabels);
    expectTypeOf(core.html).toEqualTypeOf(render.html);
    expectTypeOf(core.WorkItemSchema).toEqualTypeOf(model.WorkItemSchema);
  });

  it('re-exports the subpaths’ own types', () => {
    expectTypeOf<core.Result<number>>().toEqualTypeOf<model.Result<number>>();
    expectTypeOf<core.Problem>().toEqualTypeOf<model.Problem>();
    expectTypeOf<core.WorkItem>().toEqualTypeOf<model.WorkItem>();
    expectTypeOf<core.ScoreResult>().toEqualTypeOf<scoring.ScoreResult>();
    expectTypeOf<core.Plan>().toEqualTypeOf<release.Plan>();
    expectTypeOf<core.MipSolver>().toEqualTypeOf<release.MipSolver>();
  });

  it('keeps benchmark formats and default exports out of the public API', () => {
    expectTypeOf(core).not.toHaveProperty('parseNrpInstance');
    expectTypeOf(release).not.toHaveProperty('parseNrpInstance');
    expectTypeOf(core).not.toHaveProperty('default');
  });
});
