// Every property in a core test file runs on one seed, printed when a test fails (FC_SEED replays it).
import { useFastCheckSeed } from '@trailmap/test-support';
import { beforeEach } from 'vitest';

useFastCheckSeed(beforeEach);
