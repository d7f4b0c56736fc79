import ForgeReconciler from '@forge/react';
import React, { type ReactElement } from 'react';
import { bridgeCalls } from '../setup';

/** A node of the UI Kit tree the reconciler sends over the bridge. */
export interface ForgeDoc {
  type: string;
  props: Record<string, unknown>;
  children: ForgeDoc[];
  key?: string;
}

const act = (React as unknown as { unstable_act: (fn: () => Promise<void>) => Promise<void> }).unstable_act;

/**
 * Renders a UI Kit element through @forge/react's own reconciler (PLATFORMS.md §1.6) and lets
 * the test read and drive the latest forgeDoc.
 *
 * @example
 * const ui = await renderUiKit(<ScorePanel />); ui.find('Button');
 */
export async function renderUiKit(element: ReactElement) {
  await act(async () => {
    ForgeReconciler.render(element);
  });
  await settle();
  const doc = (): ForgeDoc => {
    const last = bridgeCalls.filter((c) => c.cmd === 'reconcile').at(-1);
    if (!last) throw new Error('nothing rendered');
    return (last.data as { forgeDoc: ForgeDoc }).forgeDoc;
  };
  return {
    doc,
    findAll: (type: string, pred: (n: ForgeDoc) => boolean = () => true) => findAll(doc(), type, pred),
    find: (type: string, pred: (n: ForgeDoc) => boolean = () => true) => {
      const hit = findAll(doc(), type, pred)[0];
      if (!hit) throw new Error(`no ${type} in\n${asciiTree(doc())}`);
      return hit;
    },
    text: () => textOf(doc()),
    /** Runs an event handler from the tree inside act, then lets resolver promises settle. */
    fire: async (handler: unknown, ...args: unknown[]) => {
      await act(async () => {
        await (handler as (...a: unknown[]) => unknown)(...args);
      });
      await settle();
    },
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

function findAll(node: ForgeDoc, type: string, pred: (n: ForgeDoc) => boolean): ForgeDoc[] {
  const own = node.type === type && pred(node) ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((c) => findAll(c, type, pred))];
}

/**
 * All text in a subtree, one `String` node per line.
 *
 * @example
 * textOf(doc); // => 'Score 675\n…'
 */
export function textOf(node: ForgeDoc): string {
  if (node.type === 'String') return String(node.props.text);
  return (node.children ?? []).map(textOf).filter(Boolean).join('\n');
}

/**
 * The component tree as ASCII, for docs/jira.md and for readable failures.
 *
 * @example
 * asciiTree(doc); // => 'Root\n└─ Stack\n   ├─ Heading "Priority score · RICE"…'
 */
export function asciiTree(node: ForgeDoc, prefix = '', last = true, depth = 0): string {
  const label =
    node.type === 'String' ? JSON.stringify(String(node.props.text)).slice(0, 70) : describe(node);
  const line = depth === 0 ? label : `${prefix}${last ? '└─ ' : '├─ '}${label}`;
  const kids = node.children ?? [];
  const nextPrefix = depth === 0 ? '' : `${prefix}${last ? '   ' : '│  '}`;
  return [line, ...kids.map((k, i) => asciiTree(k, nextPrefix, i === kids.length - 1, depth + 1))].join('\n');
}

function describe(node: ForgeDoc): string {
  const keep = ['name', 'appearance', 'title', 'as', 'type', 'isDisabled', 'resource'];
  const props = Object.entries(node.props ?? {})
    .filter(([k, v]) => keep.includes(k) && v !== undefined && typeof v !== 'function')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return props.length ? `${node.type} [${props.join(' ')}]` : node.type;
}
