import ForgeReconciler from '@forge/react';
import { StrictMode } from 'react';
import { SettingsPage } from './SettingsPage.tsx';

ForgeReconciler.render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
