import ForgeReconciler from '@forge/react';
import { StrictMode } from 'react';
import { SettingsPage } from './SettingsPage';

ForgeReconciler.render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
