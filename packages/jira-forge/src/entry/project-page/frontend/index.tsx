import ForgeReconciler from '@forge/react';
import { StrictMode } from 'react';
import { ProjectPage } from './ProjectPage';

ForgeReconciler.render(
  <StrictMode>
    <ProjectPage />
  </StrictMode>,
);
