import ForgeReconciler from '@forge/react';
import { StrictMode } from 'react';
import { ScorePanel } from './ScorePanel';

ForgeReconciler.render(
  <StrictMode>
    <ScorePanel />
  </StrictMode>,
);
