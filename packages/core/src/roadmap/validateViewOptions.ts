import { isCalendarDate } from '../calendar/dayNumber';
import type { Problem, Result, WorkItem } from '../model/index';
import { collectDependencies, type Dependency } from './dependencies';
import { GROUP_FIELDS, type GroupField, type RoadmapWarning } from './types';

/**
 * Checks what every roadmap view needs: a real `today`, known group fields and unique item
 * keys (a key seen twice would make "every item exactly once" impossible). Returns the
 * normalised group fields, the dependencies among the items (computed once here and reused), and
 * non-fatal warnings (start after target, links to unknown keys).
 *
 * @example
 * validateViewOptions(items, { today: '2026-13-01' });
 * // => { ok: false, problems: [{ field: 'today', code: 'invalid', message: 'today must be a date YYYY-MM-DD, got "2026-13-01"' }] }
 */
export function validateViewOptions(
  items: readonly WorkItem[],
  options: { today: unknown; groupBy?: GroupField | readonly GroupField[] | undefined },
): Result<{ groupBy: GroupField[]; warnings: RoadmapWarning[]; dependencies: Dependency[] }> {
  const problems: Problem[] = [];
  if (!isCalendarDate(options.today)) {
    problems.push({
      field: 'today',
      code: 'invalid',
      message: `today must be a date YYYY-MM-DD, got ${JSON.stringify(options.today)}`,
    });
  }
  const groupBy: GroupField[] =
    options.groupBy === undefined
      ? []
      : typeof options.groupBy === 'string'
        ? [options.groupBy]
        : [...options.groupBy];
  groupBy.forEach((field, index) => {
    if (!GROUP_FIELDS.includes(field)) {
      problems.push({
        field: `groupBy[${index}]`,
        code: 'invalid',
        message: `groupBy must be one of ${GROUP_FIELDS.join(', ')}, got ${JSON.stringify(field)}`,
      });
    } else if (groupBy.indexOf(field) !== index) {
      problems.push({
        field: `groupBy[${index}]`,
        code: 'duplicate',
        message: `groupBy lists "${field}" twice`,
      });
    }
  });
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.key);
    if (first === undefined) firstIndex.set(item.key, index);
    else {
      problems.push({
        field: `items[${index}].key`,
        code: 'duplicate',
        message: `item key "${item.key}" appears twice (items[${first}] and items[${index}])`,
      });
    }
  });
  const [first, ...rest] = problems;
  if (first) return { ok: false, problems: [first, ...rest] };

  const warnings: RoadmapWarning[] = [];
  items.forEach((item, index) => {
    if (item.startDate !== undefined && item.targetDate !== undefined && item.startDate > item.targetDate) {
      warnings.push({
        field: `items[${index}].startDate`,
        code: 'start_after_target',
        message: `${item.key}: start ${item.startDate} is after target ${item.targetDate}; drawn as a milestone on the target`,
      });
    }
  });
  const { dependencies, dangling } = collectDependencies(items);
  for (const { from, to } of dangling) {
    warnings.push({
      field: 'items.blockedBy',
      code: from === to ? 'self_dependency' : 'unknown_dependency',
      // Named by the end that is missing: a link read from either side can dangle at either end.
      message:
        from === to
          ? `${from} depends on itself; link ignored`
          : firstIndex.has(from)
            ? `${from} blocks ${to}, which is not in the backlog; link ignored`
            : `${to} depends on ${from}, which is not in the backlog; link ignored`,
    });
  }
  return { ok: true, value: { groupBy, warnings, dependencies } };
}
