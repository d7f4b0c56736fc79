import { isPresetId, type Scorecard, ScorecardSchema } from '@trailmap/core';
import type { LoadedBacklog } from '@trailmap/trackers';
import { InputError } from '../errors';

/**
 * The config's scorecards, checked: `score`, `plan` and `roadmap` all read them here, so a
 * broken entry stops each of them with the same one line naming the field (it was skipped
 * silently by two of them) and a scorecard named like a built-in framework is refused.
 *
 * @example
 * readScorecards(loaded); // => [{ name: 'growth', factors: […] }]
 */
export function readScorecards(loaded: LoadedBacklog): Scorecard[] {
  const raw = loaded.config?.scorecards ?? [];
  return raw.map((entry, i) => {
    const parsed = ScorecardSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = ['scorecards', i, ...(issue?.path ?? [])]
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('');
      throw new InputError({
        file: configName(loaded),
        message: `field "${path.replace(/^\./, '')}": ${issue?.message ?? 'invalid'}`,
      });
    }
    if (isPresetId(parsed.data.name)) {
      throw new InputError({
        file: configName(loaded),
        message: `field "scorecards[${i}].name": "${parsed.data.name}" is a built-in framework; choose another name`,
      });
    }
    return parsed.data;
  });
}

function configName(loaded: LoadedBacklog): string {
  return loaded.configFile ?? 'trailmap.config.json';
}
