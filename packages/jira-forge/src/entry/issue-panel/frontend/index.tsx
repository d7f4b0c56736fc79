import ForgeReconciler from '@forge/react';
import { StrictMode } from 'react';
import { ScorePanel } from './ScorePanel.tsx';

ForgeReconciler.render(
  <StrictMode>
    <ScorePanel />
  </StrictMode>,
);
