// `pnpm bench dedupe`: duplicate ranking quality and speed.
// Quality: Recall@1/5/10 and MRR on three labelled sets (seeded synthetic bug reports with
// paraphrased duplicates; NLBSE'24 GitHub issues and app reviews from ../shared with perturbed
// near-duplicates), for the BM25F index, an independent exhaustive BM25F, and core's old TF-IDF
// cosine with and without MinHash-LSH. Fusion (`DEDUPE_BENCH=fusion`, not run by default): BM25F and
// the old cosine fused exhaustively, the weight chosen on tuning sets drawn with other seeds. Speed: build, incremental add and query latency at 10k
// and 100k synthetic issues, and the indexed-vs-exhaustive Recall@10 gap at 100k.
import { cpus, loadavg } from 'node:os';
import {
  buildSimilarityIndex,
  createDuplicateIndex,
  DEFAULT_DUPLICATE_SCORING,
  DUPLICATE_FIELDS,
  type DuplicateDoc,
  duplicateTerms,
  evaluateDuplicates,
  findSimilar,
  type KnownDuplicate,
  perturbedDuplicates,
  type Ranker,
  syntheticBugReports,
} from '@trailmap/core';
import { sharedPath } from '@trailmap/test-support';
import { readLabelledCsv } from '../src/label/readLabelledCsv';

const only = process.env.DEDUPE_BENCH?.split(',');
const wanted = (section: string) => !only || only.includes(section);

async function main(): Promise<void> {
  console.log(
    `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}`,
  );
  if (wanted('quality')) {
    const sets = await qualitySets(0);
    for (const set of sets) {
      console.log(`\n${set.name}: ${set.docs.length} reports, ${set.pairs.length} pairs`);
      row(
        'BM25F index (default)',
        timed(() => evaluateDuplicates(set.docs, set.pairs)),
      );
      row(
        'BM25F exhaustive (reference)',
        timed(() => evaluateDuplicates(set.docs, set.pairs, exhaustiveBm25f(set.docs))),
      );
      row(
        'old TF-IDF cosine, exhaustive',
        timed(() => evaluateDuplicates(set.docs, set.pairs, oldCosine(set.docs, Infinity))),
      );
      row(
        'old TF-IDF cosine + MinHash-LSH',
        timed(() => evaluateDuplicates(set.docs, set.pairs, oldCosine(set.docs, 0))),
      );
    }
  }
  // Fusion only when asked: it ranks every set twice more, exhaustively, with the slow old cosine.
  if (only?.includes('fusion')) await fusion();
  if (wanted('speed')) for (const n of [10_000, 100_000]) speed(n);
}

interface QualitySet {
  name: string;
  docs: DuplicateDoc[];
  pairs: KnownDuplicate[];
}

// The three labelled sets; `seedOffset` draws other synthetic reports and other perturbed pairs
// from the same sources (10 gives the tuning sets of the fusion section, 0 the reported ones).
async function qualitySets(seedOffset: number): Promise<QualitySet[]> {
  const sets: QualitySet[] = [];
  sets.push({
    name: `synthetic bug reports (2,500, seed ${3 + seedOffset})`,
    ...syntheticBugReports({ count: 2500, seed: 3 + seedOffset }),
  });
  const nlbse = sharedPath('data/feedback/nlbse24/issues_train.csv');
  if (nlbse) {
    const { examples } = await readLabelledCsv(nlbse, { text: ['title', 'body'] });
    const docs = examples.map((e) => ({ id: `N-${e.row}`, title: e.title, body: e.body }));
    sets.push({
      name: `NLBSE'24 issues + perturbed duplicates (seed ${4 + seedOffset})`,
      ...perturbedDuplicates(docs, { pairs: 150, seed: 4 + seedOffset }),
    });
  }
  const reviews = sharedPath('data/feedback/app-reviews/golden_set.csv');
  if (reviews) {
    const { examples } = await readLabelledCsv(reviews, { text: ['reviewText'] });
    const docs = examples.map((e) => ({ id: `R-${e.row}`, title: e.title }));
    sets.push({
      name: `app reviews + perturbed duplicates (seed ${5 + seedOffset})`,
      ...perturbedDuplicates(docs, { pairs: 150, seed: 5 + seedOffset }),
    });
  }
  return sets;
}

const FUSION_WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1];

// Score fusion α·BM25F/self + (1 − α)·cosine, both in [0, 1], ranked exhaustively. α is chosen on
// tuning sets (other seeds, so other pairs) by a rule fixed beforehand: the best mean MRR among
// the weights whose Recall@10 is at least both single rankers' on every tuning set. The reported
// sets are then evaluated once at that α (the other weights are printed for the record).
async function fusion(): Promise<void> {
  const evaluate = async (seedOffset: number) => {
    const results: { name: string; byWeight: ReturnType<typeof evaluateDuplicates>[] }[] = [];
    for (const set of await qualitySets(seedOffset)) {
      const cpuStarted = process.cpuUsage();
      const index = createDuplicateIndex(set.docs);
      const cos = oldCosine(set.docs, Infinity);
      const cache = new Map<string, { bm25f: Map<string, number>; cosine: Map<string, number> }>();
      const scores = (q: DuplicateDoc) => {
        let c = cache.get(q.id);
        if (!c) {
          const self = index.selfScore(q) || 1;
          c = {
            bm25f: new Map([...index.scoreAll(q)].map(([id, s]) => [id, s / self])),
            cosine: cos(q),
          };
          cache.set(q.id, c);
        }
        return c;
      };
      const byWeight = FUSION_WEIGHTS.map((a) =>
        evaluateDuplicates(set.docs, set.pairs, (q) => {
          const { bm25f, cosine } = scores(q);
          return new Map([...bm25f].map(([id, s]) => [id, a * s + (1 - a) * (cosine.get(id) ?? 0)]));
        }),
      );
      const cpu = process.cpuUsage(cpuStarted);
      console.log(
        `\n${set.name}: ${set.pairs.length} pairs (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)})`,
      );
      FUSION_WEIGHTS.forEach((a, i) => {
        const label = `α ${a}${a === 0 ? ' (cosine)' : a === 1 ? ' (BM25F)' : ''}`;
        row(label, { value: byWeight[i]!, seconds: 0 });
      });
      results.push({ name: set.name, byWeight });
    }
    return results;
  };
  console.log('\nfusion, tuning sets (seeds + 10):');
  const tuning = await evaluate(10);
  const last = FUSION_WEIGHTS.length - 1;
  const eligible = FUSION_WEIGHTS.map((_, i) => i).filter((i) =>
    tuning.every(
      (t) =>
        t.byWeight[i]!.recallAt[10] >= Math.max(t.byWeight[0]!.recallAt[10], t.byWeight[last]!.recallAt[10]),
    ),
  );
  const meanMrr = (i: number) => tuning.reduce((a, t) => a + t.byWeight[i]!.mrr, 0) / tuning.length;
  const chosen = eligible.sort((x, y) => meanMrr(y) - meanMrr(x))[0];
  console.log(
    chosen === undefined
      ? '\nno fusion weight is at least both rankers at R@10 on every tuning set'
      : `\nchosen on the tuning sets: α ${FUSION_WEIGHTS[chosen]} (mean MRR ${meanMrr(chosen).toFixed(3)})`,
  );
  console.log('\nfusion, reported sets (the seeds of the quality section):');
  await evaluate(0);
}

function speed(n: number): void {
  const { docs, pairs } = syntheticBugReports({ count: n, seed: 9, duplicateShare: 0.05 });
  const started = performance.now();
  const index = createDuplicateIndex(docs.slice(0, n - 200));
  const buildSeconds = (performance.now() - started) / 1000;
  const addStarted = performance.now();
  for (const d of docs.slice(n - 200)) index.add(d);
  const addMs = (performance.now() - addStarted) / 200;
  const removeStarted = performance.now();
  for (const d of docs.slice(n - 50)) index.remove(d.id);
  const removeMs = (performance.now() - removeStarted) / 50;
  for (const d of docs.slice(n - 50)) index.add(d);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const queries = pairs.slice(0, 300);
  const latencies: number[] = [];
  let hits = 0;
  const cpuStarted = process.cpuUsage();
  for (const p of queries) {
    const t = performance.now();
    const top = index.query(byId.get(p.duplicate)!, { limit: 10, exclude: [p.duplicate] });
    latencies.push(performance.now() - t);
    if (top.some((m) => m.id === p.original)) hits++;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000 / queries.length;
  latencies.sort((a, b) => a - b);
  // Exhaustive ranking of the same pairs (every document scored), on a sample: it is slow by design.
  const sample = queries.slice(0, n > 50_000 ? 40 : 150);
  const exhaustive = evaluateDuplicates(docs, sample, index);
  const indexed = sample.filter((p) =>
    index
      .query(byId.get(p.duplicate)!, { limit: 10, exclude: [p.duplicate] })
      .some((m) => m.id === p.original),
  ).length;
  console.log(
    `\n${n.toLocaleString('en')} issues: build ${buildSeconds.toFixed(1)} s; add ${addMs.toFixed(2)} ms/doc, remove ${removeMs.toFixed(2)} ms/doc (no rebuild); ` +
      `query p50 ${pct(latencies, 0.5)} ms, p95 ${pct(latencies, 0.95)} ms, mean ${(latencies.reduce((a, b) => a + b, 0) / latencies.length).toFixed(1)} ms, CPU ${cpuMs.toFixed(1)} ms per query, over ${latencies.length} queries (load ${loadavg()[0]!.toFixed(1)}); ` +
      `Recall@10 ${(hits / queries.length).toFixed(3)}; on ${sample.length} of them indexed ${(indexed / sample.length).toFixed(3)} vs exhaustive ${exhaustive.recallAt[10].toFixed(3)}; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}

// An independent BM25F: every document scored term by term from its own field counts, no index.
function exhaustiveBm25f(docs: readonly DuplicateDoc[]): Ranker {
  const s = DEFAULT_DUPLICATE_SCORING;
  const fields = docs.map((d) => duplicateTerms(d));
  const counts = fields.map((f) => DUPLICATE_FIELDS.map((name) => countOf(f[name])));
  const df = new Map<string, number>();
  for (const perField of counts)
    for (const t of new Set(perField.flatMap((m) => [...m.keys()]))) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = DUPLICATE_FIELDS.map(
    (name) => fields.reduce((a, f) => a + f[name].length, 0) / docs.length || 1,
  );
  const n = docs.length;
  return (query) => {
    const q = duplicateTerms(query);
    const title = new Set(q.title);
    const terms = new Set(DUPLICATE_FIELDS.flatMap((name) => q[name]));
    const out = new Map<string, number>();
    docs.forEach((d, i) => {
      let score = 0;
      for (const t of terms) {
        let tf = 0;
        DUPLICATE_FIELDS.forEach((name, f) => {
          const c = Math.min(255, counts[i]![f]!.get(t) ?? 0);
          if (c)
            tf += (s.weight[name] * c) / (1 - s.b[name] + (s.b[name] * fields[i]![name].length) / avg[f]!);
        });
        if (tf === 0) continue;
        const idf = Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
        score += (title.has(t) ? s.queryTitleBoost : 1) * idf * (tf / (s.k1 + tf));
      }
      out.set(d.id, score);
    });
    return out;
  };
}

// Core's previous path: TF-IDF cosine through findSimilar, LSH candidates from `lshFrom` documents.
function oldCosine(docs: readonly DuplicateDoc[], lshFrom: number): Ranker {
  const index = buildSimilarityIndex(docs, { lshFrom });
  return (q) => {
    const out = new Map(docs.map((d) => [d.id, 0]));
    for (const m of findSimilar(index, q, {
      thresholds: { suggest: 0 },
      limit: docs.length,
      exclude: [q.id],
    }))
      out.set(m.id, m.score);
    return out;
  };
}

function countOf(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function row(name: string, r: { value: ReturnType<typeof evaluateDuplicates>; seconds: number }): void {
  const v = r.value;
  console.log(
    `  ${name.padEnd(34)} R@1 ${v.recallAt[1].toFixed(3)}  R@5 ${v.recallAt[5].toFixed(3)}  R@10 ${v.recallAt[10].toFixed(3)}  MRR ${v.mrr.toFixed(3)}  (${r.seconds.toFixed(1)} s)`,
  );
}

function pct(sorted: readonly number[], q: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
